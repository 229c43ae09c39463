#include "ui/print/layout_file.h"

#include "core/error.h"
#include "ui/print/signature_data.h"

#include <QDir>
#include <QFile>

namespace mc::print {

QString readLayoutPath(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(text(MC_TR("core", "cannot read the print layout %1: %2"), path.toStdString(),
                         file.errorString().toStdString()));
    return QString::fromUtf8(file.readAll());
}

QString readLayoutFile(const QString& folder, const QString& name) {
    if (!folder.isEmpty() && QFile::exists(QDir(folder).filePath(name)))
        return readLayoutPath(QDir(folder).filePath(name));
    return readLayoutPath(QStringLiteral(":/print/") + name);
}

QString fillLayout(const QString& name, const QString& html, const kainjow::mustache::data& data) {
    namespace ms = kainjow::mustache;
    ms::mustache tmpl{html.toStdString()};
    if (!tmpl.is_valid())
        throw Error(text(MC_TR("core", "the print layout %1 does not parse: %2"),
                         name.toStdString(), tmpl.error_message()));
    tmpl.set_custom_escape(escapeHtml);
    const std::string filled = tmpl.render(data);
    if (!tmpl.is_valid())
        throw Error(text(MC_TR("core", "the print layout %1 cannot be filled: %2"),
                         name.toStdString(), tmpl.error_message()));
    return QString::fromStdString(filled);
}

} // namespace mc::print
