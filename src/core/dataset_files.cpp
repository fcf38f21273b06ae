#include "core/dataset_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "core/csv_format.hpp"
#include "core/geojson_format.hpp"
#include "core/native_json.hpp"
#include "core/text_util.hpp"
#include "core/validation.hpp"

namespace pm {

namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kMaxFileSize = 64u * 1024 * 1024;
constexpr std::string_view kKnownExtensions = ".json, .geojson, .csv or .tsv";

std::string lowerCaseExtension(const fs::path& path) {
    std::string extension = path.extension().string();
    for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return extension;
}

std::string unknownExtensionMessage(const fs::path& path) {
    const std::string extension = path.extension().string();
    return (extension.empty() ? std::string("file name without extension") : "unknown file type '" + extension + "'") +
           "; use " + std::string(kKnownExtensions);
}

// A file descriptor that closes itself.
class FileHandle {
public:
    explicit FileHandle(int fd) : m_fd(fd) {}
    FileHandle(const FileHandle&) = delete;
    FileHandle& operator=(const FileHandle&) = delete;
    ~FileHandle() {
        if (m_fd >= 0) ::close(m_fd);
    }
    int get() const { return m_fd; }
    // Closes now and reports whether that worked (the last chance to see a write error).
    bool close() {
        const int fd = m_fd;
        m_fd = -1;
        return ::close(fd) == 0;
    }

private:
    int m_fd;
};

// The byte-level checks every format needs. Returns the text without BOM, or nullopt after
// appending a problem.
std::optional<std::string_view> checkText(std::string_view text, const std::string& file,
                                          std::vector<Problem>& problems) {
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
        problems.push_back({file, 0, "file is UTF-16 encoded; save it as UTF-8 (in Excel: CSV UTF-8)"});
        return std::nullopt;
    }
    text = stripUtf8Bom(text);
    if (trimSpaces(text).empty()) {
        problems.push_back({file, 0, "file is empty"});
        return std::nullopt;
    }
    if (const size_t nul = text.find('\0'); nul != std::string_view::npos) {
        problems.push_back({file, lineAt(text, nul),
                            "binary file (NUL byte in column " + std::to_string(columnAt(text, nul)) +
                                "); expected UTF-8 text: PartnerMap JSON, CSV or GeoJSON"});
        return std::nullopt;
    }
    if (const auto bad = findInvalidUtf8(text)) {
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[*bad]));
        problems.push_back({file, lineAt(text, *bad),
                            "invalid UTF-8: byte " + std::string(byte) + " in column " +
                                std::to_string(columnAt(text, *bad)) +
                                "; the file is probably in another encoding (Latin-1, Windows-1252): save it as "
                                "UTF-8 (in Excel: CSV UTF-8)"});
        return std::nullopt;
    }
    return text;
}

std::string readAll(int fd, std::uintmax_t size, const std::string& file) {
    std::string content(static_cast<size_t>(size), '\0');
    size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::read(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0)
            throw DataError(Problem{file, 0, "cannot read the file (" + std::string(std::strerror(errno)) + ")"});
        if (n == 0) break;  // shrank while we read: take what is there
        done += static_cast<size_t>(n);
    }
    content.resize(done);
    return content;
}

std::vector<Problem> validationOrEmpty(const DataSet& data) {
    return validateDataSet(data, data.source.empty() ? std::string("data") : data.source);
}

}  // namespace

std::optional<FileFormat> formatFromExtension(const fs::path& path) {
    const std::string extension = lowerCaseExtension(path);
    if (extension == ".json") return FileFormat::NativeJson;
    if (extension == ".csv" || extension == ".tsv" || extension == ".txt") return FileFormat::Csv;
    if (extension == ".geojson") return FileFormat::GeoJson;
    return std::nullopt;
}

DataSet parseDataSet(std::string_view text, FileFormat format, const std::string& file_label,
                     const ImportContext& context) {
    std::vector<Problem> problems;
    DataSet data;
    if (const auto checked = checkText(text, file_label, problems)) {
        switch (format) {
            case FileFormat::NativeJson:
                data = readNativeJson(*checked, file_label, problems);
                break;
            case FileFormat::Csv:
                data = readCsv(*checked, file_label, context, problems);
                break;
            case FileFormat::GeoJson:
                data = readGeoJson(*checked, file_label, problems);
                break;
        }
    }
    if (!problems.empty()) {
        sortProblems(problems);
        throw DataError(std::move(problems));
    }
    data.source = file_label;
    return data;
}

DataSet loadDataSetFile(const fs::path& path, const ImportContext& context) {
    const std::string file = path.string();
    const auto fail = [&](std::string message) { throw DataError(Problem{file, 0, std::move(message)}); };
    // O_NONBLOCK: opening a FIFO must not wait for a writer (it is rejected below).
    FileHandle handle(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
    if (handle.get() < 0) fail("cannot open the file (" + std::string(std::strerror(errno)) + ")");
    struct stat info {};
    if (::fstat(handle.get(), &info) != 0) fail("cannot open the file (" + std::string(std::strerror(errno)) + ")");
    if (S_ISDIR(info.st_mode)) fail("is a folder, not a data file");
    // A FIFO or device would block or never end.
    if (!S_ISREG(info.st_mode)) fail("not a regular file");
    const auto format = formatFromExtension(path);
    if (!format) fail(unknownExtensionMessage(path));
    const auto size = static_cast<std::uintmax_t>(info.st_size);
    if (size > kMaxFileSize) fail("file is larger than 64 MiB; split it into smaller files");
    const std::string content = readAll(handle.get(), size, file);
    return parseDataSet(content, *format, file, context);
}

std::string serializeDataSet(const DataSet& data, FileFormat format) {
    if (std::vector<Problem> problems = validationOrEmpty(data); !problems.empty())
        throw DataError(std::move(problems));
    switch (format) {
        case FileFormat::NativeJson:
            return writeNativeJson(data);
        case FileFormat::Csv:
            return writeCsv(data);
        case FileFormat::GeoJson:
            return writeGeoJson(data);
    }
    return {};
}

void saveDataSetFile(const DataSet& data, const fs::path& path) {
    const auto format = formatFromExtension(path);
    if (!format) throw DataError(Problem{path.string(), 0, unknownExtensionMessage(path)});
    std::string content;
    if (lowerCaseExtension(path) == ".tsv") {
        if (std::vector<Problem> problems = validationOrEmpty(data); !problems.empty())
            throw DataError(std::move(problems));
        content = writeCsv(data, '\t');
    } else {
        content = serializeDataSet(data, *format);
    }
    writeFileAtomically(path, content);
}

void writeFileAtomically(const fs::path& path, std::string_view content) {
    const std::string file = path.string();
    const auto fail = [&](const std::string& what, int error) {
        throw DataError(Problem{file, 0, "cannot write the file: " + what + " (" + std::strerror(error) + ")"});
    };
    if (path.filename().empty()) fail("not a file name", EISDIR);
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");

    // A unique name in the same folder, so that rename() replaces the target in one step.
    static std::atomic<unsigned> counter{0};
    fs::path temporary;
    int fd = -1;
    for (int attempt = 0; fd < 0; ++attempt) {
        temporary = folder / ("." + path.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                              std::to_string(counter++));
        fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && (errno != EEXIST || attempt >= 100)) fail("cannot create a temporary file in its folder", errno);
    }
    FileHandle handle(fd);
    const auto abandon = [&](const std::string& what) {
        const int error = errno;
        if (handle.get() >= 0) handle.close();
        ::unlink(temporary.c_str());
        fail(what, error);
    };

    // Keep the permissions of the file we replace.
    struct stat existing {};
    if (::stat(path.c_str(), &existing) == 0 && S_ISREG(existing.st_mode) &&
        ::fchmod(handle.get(), existing.st_mode & 07777) != 0)
        abandon("cannot set the permissions");
    size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(handle.get(), content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) abandon("writing failed");
        done += static_cast<size_t>(n);
    }
    if (::fsync(handle.get()) != 0) abandon("writing to the disk failed");
    if (!handle.close()) abandon("writing failed");
    if (::rename(temporary.c_str(), path.c_str()) != 0) abandon("cannot replace it");

    // Make the rename itself durable; a failure here no longer endangers the content.
    const int folder_fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder_fd >= 0) {
        ::fsync(folder_fd);
        ::close(folder_fd);
    }
}

}  // namespace pm
