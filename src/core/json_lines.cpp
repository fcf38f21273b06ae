#include "core/json_lines.hpp"

#include <cstdio>
#include <iterator>

#include "core/text_util.hpp"

namespace pm {

using nlohmann::json;

int JsonDocument::lineOf(std::string_view pointer) const {
    while (true) {
        if (const auto it = lines.find(pointerHash(pointer)); it != lines.end()) return it->second;
        const size_t slash = pointer.rfind('/');
        if (slash == std::string_view::npos) return 1;
        pointer = pointer.substr(0, slash);
    }
}

std::string jsonPointerToken(std::string_view key) {
    std::string token;
    token.reserve(key.size());
    for (char c : key) {
        if (c == '~')
            token += "~0";
        else if (c == '/')
            token += "~1";
        else
            token += c;
    }
    return token;
}

namespace {

// What the iterator below has consumed so far.
struct ReadProgress {
    int newlines = 0;
    char last = 0;
};

// Walks the text for nlohmann's iterator input adapter and counts the newlines it passes, so that
// the SAX handler knows the line of the token just read.
class LineCountingIterator {
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    LineCountingIterator(const char* position, ReadProgress* progress) : m_position(position), m_progress(progress) {}

    reference operator*() const { return *m_position; }
    LineCountingIterator& operator++() {
        m_progress->last = *m_position;
        if (*m_position == '\n') ++m_progress->newlines;
        ++m_position;
        return *this;
    }
    LineCountingIterator operator++(int) {
        LineCountingIterator before = *this;
        ++*this;
        return before;
    }
    bool operator==(const LineCountingIterator& other) const { return m_position == other.m_position; }

private:
    const char* m_position;
    ReadProgress* m_progress;
};

// Builds the DOM like nlohmann's own SAX DOM parser and records where each value is.
class LineRecordingSax {
public:
    LineRecordingSax(std::string_view text, const std::string& file_label, const ReadProgress& progress,
                     JsonDocument& document, std::vector<Problem>& problems, std::string_view unrecorded_key)
        : m_text(text),
          m_file(file_label),
          m_progress(progress),
          m_document(document),
          m_problems(problems),
          m_unrecorded_key(unrecorded_key) {}

    bool null() { return add(json(nullptr)) != nullptr; }
    bool boolean(bool value) { return add(json(value)) != nullptr; }
    bool number_integer(json::number_integer_t value) { return add(json(value)) != nullptr; }
    bool number_unsigned(json::number_unsigned_t value) { return add(json(value)) != nullptr; }
    bool number_float(json::number_float_t value, const std::string&) { return add(json(value)) != nullptr; }
    bool string(std::string& value) { return add(json(std::move(value))) != nullptr; }
    bool binary(json::binary_t&) { return false; }  // only binary formats produce these

    bool start_object(std::size_t) { return open(json::object()); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string& key) {
        Frame& frame = m_frames.back();
        if (frame.value->contains(key))
            m_problems.push_back({m_file, currentLine(), "duplicate key '" + key + "'; each key may appear once"});
        frame.key = std::move(key);
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& error) {
        m_problems.push_back({m_file, errorLine(position), "invalid JSON: " + errorDetail(error.what())});
        return false;
    }

private:
    struct Frame {
        json* value;
        std::uint64_t pointer_hash;  // of this container's JSON pointer
        size_t next_index = 0;
        std::string key;
        bool recording = true;
    };

    // The line of the token just read. Numbers are only known to end when the next character has
    // been read; if that was the newline, the number is on the line before.
    int currentLine() const { return 1 + m_progress.newlines - (m_progress.last == '\n' ? 1 : 0); }

    int errorLine(size_t position) const {
        // position counts the characters read, including the one that failed.
        if (position == 0) return 1;
        if (position - 1 < m_text.size()) return lineAt(m_text, position - 1);
        // At the end of the text: the last line that has anything on it.
        const size_t last = m_text.find_last_not_of(" \t\r\n");
        return last == std::string_view::npos ? 1 : lineAt(m_text, last);
    }

    static std::string errorDetail(std::string_view what) {
        // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..." -> "syntax error ..."
        if (const size_t bracket = what.find("] "); what.starts_with("[json.exception.") && bracket != what.npos)
            what.remove_prefix(bracket + 2);
        if (what.starts_with("parse error at line "))
            if (const size_t colon = what.find(": "); colon != what.npos) what.remove_prefix(colon + 2);
        return std::string(what);
    }

    // The hash of the pointer of the next value in the open container: its own pointer plus
    // "/" and the escaped key or the index.
    std::uint64_t childHash() const {
        const Frame& parent = m_frames.back();
        std::uint64_t hash = pointerHash("/", parent.pointer_hash);
        if (parent.value->is_array()) {
            char digits[24];
            const int length = std::snprintf(digits, sizeof digits, "%zu", parent.next_index);
            return pointerHash(std::string_view(digits, static_cast<size_t>(length)), hash);
        }
        for (const char c : parent.key) {
            if (c == '~')
                hash = pointerHash("~0", hash);
            else if (c == '/')
                hash = pointerHash("~1", hash);
            else
                hash = pointerHash(std::string_view(&c, 1), hash);
        }
        return hash;
    }

    // Inserts a value into the open container (or as the root) and records its line.
    json* add(json&& value, std::uint64_t hash) {
        const int line = currentLine();
        if (m_frames.empty()) {
            m_document.root = std::move(value);
            m_document.lines[hash] = line;
            return &m_document.root;
        }
        Frame& parent = m_frames.back();
        json* inserted = nullptr;
        if (parent.value->is_array()) {
            ++parent.next_index;
            parent.value->push_back(std::move(value));
            inserted = &parent.value->back();
        } else {
            inserted = &(*parent.value)[parent.key];
            *inserted = std::move(value);
        }
        if (parent.recording) m_document.lines[hash] = line;
        return inserted;
    }

    json* add(json&& value) { return add(std::move(value), m_frames.empty() ? kPointerHashStart : childHash()); }

    bool open(json&& container) {
        if (m_frames.size() >= static_cast<size_t>(kMaxJsonDepth)) {
            m_problems.push_back({m_file, currentLine(),
                                  "JSON nested deeper than " + std::to_string(kMaxJsonDepth) +
                                      " levels; PartnerMap data files nest only a few levels"});
            return false;
        }
        bool recording = true;
        std::uint64_t hash = kPointerHashStart;
        if (!m_frames.empty()) {
            const Frame& parent = m_frames.back();
            recording = parent.recording &&
                        !(parent.value->is_object() && !m_unrecorded_key.empty() && parent.key == m_unrecorded_key);
            hash = childHash();
        }
        json* value = add(std::move(container), hash);
        m_frames.push_back({value, hash, 0, {}, recording});
        return true;
    }

    bool close() {
        m_frames.pop_back();
        return true;
    }

    std::string_view m_text;
    const std::string& m_file;
    const ReadProgress& m_progress;
    JsonDocument& m_document;
    std::vector<Problem>& m_problems;
    std::string_view m_unrecorded_key;
    std::vector<Frame> m_frames;
};

}  // namespace

std::optional<JsonDocument> parseJsonWithLines(std::string_view text, const std::string& file_label,
                                               std::vector<Problem>& problems, std::string_view unrecorded_key) {
    JsonDocument document;
    document.lines.reserve(text.size() / 16);  // roughly one value per 16 bytes of pretty JSON
    ReadProgress progress;
    LineRecordingSax sax(text, file_label, progress, document, problems, unrecorded_key);
    const LineCountingIterator first(text.data(), &progress);
    const LineCountingIterator last(text.data() + text.size(), &progress);
    if (!json::sax_parse(first, last, &sax)) return std::nullopt;
    return document;
}

}  // namespace pm
