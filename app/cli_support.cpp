// Helpers the subcommands share: messages, opening workspaces, files.

#include "app/cli_internal.h"

#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <system_error>

namespace mc::cli {

namespace fs = std::filesystem;

void printError(std::ostream& err, std::string_view message) {
    err << kProgramName << ": " << message << '\n';
}

void printProblems(std::ostream& stream, const std::vector<Problem>& problems) {
    for (Severity wanted : {Severity::Error, Severity::Warning}) {
        for (const auto& problem : problems) {
            if (problem.severity != wanted)
                continue;
            stream << (wanted == Severity::Error ? "error: " : "warning: ");
            if (!problem.field.empty())
                stream << problem.field << ": ";
            stream << problem.message << '\n';
        }
    }
}

Workspace openForReading(const std::string& path) {
    return Workspace::open(path, OpenMode::ReadOnly);
}

Workspace openForEditing(const std::string& path, std::ostream& err) {
    Workspace workspace = Workspace::open(path, OpenMode::ReadWrite);
    const OpenReport& report = workspace.openReport();
    if (workspace.isReadOnly()) {
        std::string message = path + " cannot be changed";
        if (!report.readOnlyReason.empty())
            message += ": " + report.readOnlyReason.english();
        throw Error(message);
    }
    if (!report.backupPath.empty())
        printError(err, "upgraded " + path + " from file version " +
                            std::to_string(report.fromVersion) + " to " +
                            std::to_string(report.toVersion) + "; the old file is kept as " +
                            report.backupPath);
    return workspace;
}

CreatedFileGuard::~CreatedFileGuard() {
    if (!path_)
        return;
    std::error_code ignored;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        fs::remove(*path_ + suffix, ignored);
}

void writeFileAtomically(const std::string& path, std::string_view content) {
    const std::string temporary = path + ".tmp";
    {
        std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
        if (!file)
            throw Error("cannot write " + temporary + ": the folder is missing or not writable");
        file.write(content.data(), static_cast<std::streamsize>(content.size()));
        file.flush();
        if (!file) {
            file.close();
            std::error_code ignored;
            fs::remove(temporary, ignored);
            throw Error("cannot write " + temporary + ": the disk may be full");
        }
    }
    std::error_code error;
    fs::rename(temporary, path, error);
    if (error) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throw Error("cannot write " + path + ": " + error.message());
    }
}

std::string readWholeFile(const std::string& path) {
    std::error_code error;
    if (fs::is_directory(path, error))
        throw Error(path + " is a folder, not a file");
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        if (!fs::exists(path, error))
            throw Error(path + " does not exist");
        throw Error("cannot read " + path + ": permission denied");
    }
    std::ostringstream content;
    content << file.rdbuf();
    if (file.bad())
        throw Error("cannot read " + path);
    return content.str();
}

} // namespace mc::cli
