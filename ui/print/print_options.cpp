#include "ui/print/print_options.h"

namespace mc::print {

QPageSize::PageSizeId paperSize(Paper paper, const QLocale& locale) {
    switch (paper) {
    case Paper::A4:
        return QPageSize::A4;
    case Paper::Letter:
        return QPageSize::Letter;
    case Paper::FromLocale:
        break;
    }
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

} // namespace mc::print
