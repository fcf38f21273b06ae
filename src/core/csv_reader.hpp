#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pm {

// One record of a CSV text.
struct CsvRecord {
    std::vector<std::string> fields;
    int line = 0;       // physical line where the record starts
    std::string error;  // set when the record is malformed: what is wrong and how to fix it
};

// RFC 4180 tokenizer: fields separated by `delimiter`, records by CRLF, LF or a lone CR; a field
// in double quotes may hold delimiters, line breaks (returned as LF) and doubled quotes. A quote
// inside an unquoted field is kept as it is, as spreadsheets do. The text must not start with a
// byte order mark.
class CsvReader {
public:
    CsvReader(std::string_view text, char delimiter) : m_text(text), m_delimiter(delimiter) {}

    // Reads the next record; false at the end of the text. A blank line is a record with one
    // empty field. After a record with an unterminated quote there are no more records.
    bool next(CsvRecord& record);

private:
    void readQuoted(CsvRecord& record, std::string& field);
    void skipLineBreak();

    std::string_view m_text;
    char m_delimiter;
    size_t m_position = 0;
    int m_line = 1;
};

// The delimiter of a CSV text, judged by its first line (outside quotes): the most frequent of
// ',', ';' and TAB; ',' if none occurs. On a tie TAB wins over ';' over ','.
char detectCsvDelimiter(std::string_view text);

// "comma", "semicolon", "tab" for messages.
std::string_view delimiterName(char delimiter);

// Appends `field` to `out`, quoted only if it holds the delimiter, a quote or a line break.
void appendCsvField(std::string& out, std::string_view field, char delimiter);

}  // namespace pm
