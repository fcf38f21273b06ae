#include "core/csv_reader.hpp"

#include <algorithm>

namespace pm {

void CsvReader::skipLineBreak() {
    if (m_text[m_position] == '\r' && m_position + 1 < m_text.size() && m_text[m_position + 1] == '\n') ++m_position;
    ++m_position;
    ++m_line;
}

void CsvReader::readQuoted(CsvRecord& record, std::string& field) {
    const int quote_line = m_line;
    ++m_position;  // the opening quote
    while (true) {
        if (m_position >= m_text.size()) {
            record.error = "a quoted field starting in line " + std::to_string(quote_line) +
                           " is never closed; add the closing quote (\"), and write a quote inside a quoted field "
                           "as \"\"";
            return;
        }
        const size_t special = m_text.find_first_of("\"\r\n", m_position);
        if (special == std::string_view::npos) {
            m_position = m_text.size();
            continue;
        }
        field.append(m_text.substr(m_position, special - m_position));
        m_position = special;
        const char c = m_text[m_position];
        if (c == '"') {
            if (m_position + 1 < m_text.size() && m_text[m_position + 1] == '"') {
                field += '"';
                m_position += 2;
                continue;
            }
            ++m_position;  // the closing quote
            return;
        }
        // A line break inside the field: kept, as LF.
        field += '\n';
        skipLineBreak();
    }
}

bool CsvReader::next(CsvRecord& record) {
    record.fields.clear();
    record.error.clear();
    if (m_position >= m_text.size()) return false;
    record.line = m_line;
    while (true) {
        std::string field;
        if (m_position < m_text.size() && m_text[m_position] == '"') {
            readQuoted(record, field);
            if (!record.error.empty()) {
                record.fields.push_back(std::move(field));
                m_position = m_text.size();
                return true;
            }
            if (m_position < m_text.size() && m_text[m_position] != m_delimiter && m_text[m_position] != '\r' &&
                m_text[m_position] != '\n') {
                record.error = "text after the closing quote of a field; write a quote inside a quoted field as \"\"";
                // Resume at the next line break so that later records are still read.
                while (m_position < m_text.size() && m_text[m_position] != '\r' && m_text[m_position] != '\n')
                    ++m_position;
            }
        } else {
            size_t end = m_position;
            while (end < m_text.size() && m_text[end] != m_delimiter && m_text[end] != '\n' && m_text[end] != '\r')
                ++end;
            field.assign(m_text.substr(m_position, end - m_position));
            m_position = end;
        }
        record.fields.push_back(std::move(field));
        if (m_position >= m_text.size()) return true;
        if (m_text[m_position] == m_delimiter) {
            ++m_position;
            continue;
        }
        skipLineBreak();
        return true;
    }
}

char detectCsvDelimiter(std::string_view text) {
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    text.remove_prefix(std::min(text.size(), text.find_first_not_of("\r\n")));  // leading blank lines
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n' || c == '\r') break;
        commas += c == ',';
        semicolons += c == ';';
        tabs += c == '\t';
    }
    if (tabs > 0 && tabs >= semicolons && tabs >= commas) return '\t';
    if (semicolons > 0 && semicolons >= commas) return ';';
    return ',';
}

std::string_view delimiterName(char delimiter) {
    switch (delimiter) {
        case ',':
            return "comma";
        case ';':
            return "semicolon";
        case '\t':
            return "tab";
    }
    return "delimiter";
}

void appendCsvField(std::string& out, std::string_view field, char delimiter) {
    const bool needs_quotes =
        field.find_first_of("\"\r\n") != std::string_view::npos || field.find(delimiter) != std::string_view::npos;
    if (!needs_quotes) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

}  // namespace pm
