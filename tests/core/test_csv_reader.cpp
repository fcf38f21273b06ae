#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/csv_reader.hpp"

namespace pm {
namespace {

struct Read {
    std::vector<std::vector<std::string>> records;
    std::vector<int> lines;
    std::vector<std::string> errors;
};

Read readAll(std::string_view text, char delimiter = ',') {
    Read read;
    CsvReader reader(text, delimiter);
    CsvRecord record;
    while (reader.next(record)) {
        read.records.push_back(record.fields);
        read.lines.push_back(record.line);
        read.errors.push_back(record.error);
    }
    return read;
}

using Records = std::vector<std::vector<std::string>>;

TEST(CsvReader, PlainFieldsAndLineEnds) {
    const Read read = readAll("a,b,c\r\n1,,3\n\n x ,y\rlast,\n");
    EXPECT_EQ(read.records, (Records{{"a", "b", "c"}, {"1", "", "3"}, {""}, {" x ", "y"}, {"last", ""}}));
    EXPECT_EQ(read.lines, (std::vector<int>{1, 2, 3, 4, 5}));
}

TEST(CsvReader, NoFinalLineBreak) {
    EXPECT_EQ(readAll("a;b\n1;2", ';').records, (Records{{"a", "b"}, {"1", "2"}}));
    EXPECT_EQ(readAll("a,").records, (Records{{"a", ""}}));
    EXPECT_TRUE(readAll("").records.empty());
}

TEST(CsvReader, QuotedFields) {
    const Read read = readAll("\"a,b\",\"say \"\"hi\"\"\",\"\"\n\"two\r\nlines\",x\n\"\",\"3\"\n");
    EXPECT_EQ(read.records, (Records{{"a,b", "say \"hi\"", ""}, {"two\nlines", "x"}, {"", "3"}}));
    // A record's line is where it starts, however many lines its fields span.
    EXPECT_EQ(read.lines, (std::vector<int>{1, 2, 4}));
    EXPECT_EQ(read.errors, (std::vector<std::string>{"", "", ""}));
}

TEST(CsvReader, TabDelimiterKeepsCommasAndSemicolons) {
    EXPECT_EQ(readAll("a,b\tc;d\n", '\t').records, (Records{{"a,b", "c;d"}}));
}

TEST(CsvReader, QuoteInsideUnquotedFieldIsKept) {
    EXPECT_EQ(readAll("5\" Zoll,b\n").records, (Records{{"5\" Zoll", "b"}}));
}

TEST(CsvReader, UnterminatedQuoteEndsTheText) {
    const Read read = readAll("a,b\n1,\"open\n2,3\n4,5\n");
    ASSERT_EQ(read.records.size(), 2u);
    EXPECT_EQ(read.lines[1], 2);
    EXPECT_EQ(read.errors[1],
              "a quoted field starting in line 2 is never closed; add the closing quote (\"), and write a quote "
              "inside a quoted field as \"\"");
}

TEST(CsvReader, TextAfterClosingQuoteIsAnErrorButReadingGoesOn) {
    const Read read = readAll("\"a\"b,c\n1,2\n");
    ASSERT_EQ(read.records.size(), 2u);
    EXPECT_EQ(read.errors[0], "text after the closing quote of a field; write a quote inside a quoted field as \"\"");
    EXPECT_EQ(read.records[1], (std::vector<std::string>{"1", "2"}));
    EXPECT_EQ(read.lines[1], 2);
}

TEST(CsvReader, DelimiterDetection) {
    struct Case {
        std::string header;
        char expected;
    };
    for (const Case& c : std::vector<Case>{{"home,partner,country", ','},
                                           {"home;partner;country", ';'},
                                           {"home\tpartner\tcountry", '\t'},
                                           {"\"a;b\",c,d", ','},
                                           {"\"x,y\";z", ';'},
                                           {"home", ','},
                                           {"\n\r\nhome;partner\n1,2,3,4,5", ';'},
                                           {"a,b;c\td", '\t'}}) {
        EXPECT_EQ(detectCsvDelimiter(c.header), c.expected) << c.header;
    }
}

TEST(CsvReader, WritingQuotesOnlyWhereNeeded) {
    struct Case {
        std::string field;
        char delimiter;
        std::string expected;
    };
    for (const Case& c : std::vector<Case>{{"plain", ',', "plain"},
                                           {"a,b", ',', "\"a,b\""},
                                           {"a,b", ';', "a,b"},
                                           {"a;b", ';', "\"a;b\""},
                                           {"say \"hi\"", ',', "\"say \"\"hi\"\"\""},
                                           {"two\nlines", ',', "\"two\nlines\""},
                                           {"tab\there", '\t', "\"tab\there\""},
                                           {"", ',', ""}}) {
        std::string out;
        appendCsvField(out, c.field, c.delimiter);
        EXPECT_EQ(out, c.expected) << c.field;
        // and the reader gives the field back
        EXPECT_EQ(readAll(out + "\n", c.delimiter).records, (Records{{c.field}}));
    }
}

}  // namespace
}  // namespace pm
