#include "core/svg_writer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace pm {
namespace {

// ---- Numbers ---------------------------------------------------------------------------------------

TEST(SvgNumber, FormatsCompactlyAndLocaleIndependently) {
    struct Case {
        double value;
        int decimals;
        const char* expected;
    };
    const std::vector<Case> cases = {
        {0.0, 2, "0"},
        {-0.0, 2, "0"},
        {-0.0001, 2, "0"},  // rounds to zero: no "-0"
        {1e-7, 2, "0"},
        {1e-7, 6, "0"},
        {0.000001, 6, "0.000001"},
        {1234567.891, 2, "1234567.89"},
        {-12.5, 2, "-12.5"},
        {-0.005, 2, "-0.01"},
        {0.5, 2, "0.5"},
        {100.0, 2, "100"},
        {0.1 + 0.2, 2, "0.3"},
        {123.456, 1, "123.5"},
        {123.456, 0, "123"},
        {1.5, 0, "2"},  // half away from zero
        {2.5, 0, "3"},
        {-1.5, 0, "-2"},
        {0.125, 2, "0.13"},
        {1.005, 2, "1"},  // 1.005 is 1.00499999999999989... in binary
        {-1e-300, 2, "0"},
        {9e13, 2, "90000000000000"},
        {1e16, 2, "10000000000000000"},  // beyond exact scaling: plain digits, no exponent
        {-2.5e15, 2, "-2500000000000000"},
        {1e20, 2, "100000000000000000000"},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(formatSvgNumber(c.value, c.decimals), c.expected) << c.value << " @" << c.decimals;
    }
}

TEST(SvgNumber, AppendsToExistingText) {
    std::string out = "x=";
    appendSvgNumber(out, -3.14159, 3);
    EXPECT_EQ(out, "x=-3.142");
}

TEST(SvgNumber, RejectsNonFiniteValuesAndBadPrecision) {
    struct Case {
        double value;
        int decimals;
        const char* message;
    };
    const std::vector<Case> cases = {
        {std::nan(""), 2, "SVG: cannot write the number NaN"}, {INFINITY, 2, "SVG: cannot write the number inf"},
        {-INFINITY, 2, "SVG: cannot write the number -inf"},   {1.0, 7, "SVG: decimals must be in 0..6, got 7"},
        {1.0, -1, "SVG: decimals must be in 0..6, got -1"},
    };
    for (const Case& c : cases) {
        try {
            formatSvgNumber(c.value, c.decimals);
            ADD_FAILURE() << "no error for " << c.message;
        } catch (const std::invalid_argument& e) {
            EXPECT_STREQ(e.what(), c.message);
        }
    }
}

// ---- Escaping --------------------------------------------------------------------------------------

TEST(XmlEscape, TextAndAttributes) {
    struct Case {
        std::string input;
        std::string text;
        std::string attribute;
    };
    const std::string fffd = "\xEF\xBF\xBD";
    const std::vector<Case> cases = {
        {"plain", "plain", "plain"},
        {"", "", ""},
        {"a & b", "a &amp; b", "a &amp; b"},
        {"<tag>", "&lt;tag&gt;", "&lt;tag&gt;"},
        {"]]>", "]]&gt;", "]]&gt;"},
        {"\"q\" 'a'", "\"q\" 'a'", "&quot;q&quot; &apos;a&apos;"},
        {"tab\tnl\ncr\r", "tab\tnl\ncr&#13;", "tab&#9;nl&#10;cr&#13;"},
        {"&amp;", "&amp;amp;", "&amp;amp;"},  // no double-escaping shortcuts
        // Characters XML 1.0 forbids are dropped.
        {std::string("a\0b", 3), "ab", "ab"},
        {"\x01\x08\x0B\x0C\x0E\x1F|", "|", "|"},
        {"x\xEF\xBF\xBEy\xEF\xBF\xBFz", "xyz", "xyz"},  // U+FFFE, U+FFFF
        // Valid UTF-8 passes through, C1 controls included (XML 1.0 allows them).
        {"N\xC3\xBCrnberg", "N\xC3\xBCrnberg", "N\xC3\xBCrnberg"},
        {"\xD0\xA0\xD0\xBE\xD1\x81\xD1\x82\xD0\xBE\xD0\xB2", "\xD0\xA0\xD0\xBE\xD1\x81\xD1\x82\xD0\xBE\xD0\xB2",
         "\xD0\xA0\xD0\xBE\xD1\x81\xD1\x82\xD0\xBE\xD0\xB2"},
        {"\xE5\xBA\x83\xE5\xB3\xB6", "\xE5\xBA\x83\xE5\xB3\xB6", "\xE5\xBA\x83\xE5\xB3\xB6"},
        {"\xF0\x9F\x99\x82", "\xF0\x9F\x99\x82", "\xF0\x9F\x99\x82"},
        {"\xC2\x85", "\xC2\x85", "\xC2\x85"},
        {fffd, fffd, fffd},
        // Invalid UTF-8: each maximal invalid sequence becomes one U+FFFD.
        {"\xFF", fffd, fffd},
        {"a\xC3", "a" + fffd, "a" + fffd},                                           // truncated at the end
        {"\xC3(", fffd + "(", fffd + "("},                                           // missing continuation
        {"\xE2\x82x", fffd + "x", fffd + "x"},                                       // truncated three-byte sequence
        {"\xF0\x9F\x99", fffd, fffd},                                                // truncated four-byte sequence
        {"\xC0\xAF", fffd + fffd, fffd + fffd},                                      // overlong
        {"\xED\xA0\x80", fffd + fffd + fffd, fffd + fffd + fffd},                    // surrogate
        {"\xF4\x90\x80\x80", fffd + fffd + fffd + fffd, fffd + fffd + fffd + fffd},  // beyond U+10FFFF
        {"\x80<", fffd + "&lt;", fffd + "&lt;"},                                     // lone continuation byte
    };
    for (const Case& c : cases) {
        EXPECT_EQ(escapeXmlText(c.input), c.text) << c.input;
        EXPECT_EQ(escapeXmlAttribute(c.input), c.attribute) << c.input;
    }
}

TEST(CssFontFamily, QuotesOnlyWhatNeedsIt) {
    EXPECT_EQ(cssFontFamilyList({"Noto Sans", "DejaVu Sans", "Arial", "sans-serif"}),
              "Noto Sans, DejaVu Sans, Arial, sans-serif");
    EXPECT_EQ(cssFontFamilyList({"Font 1", "serif"}), "'Font 1', serif");  // a word starting with a digit
    EXPECT_EQ(cssFontFamilyList({"O'Brien Sans"}), "'O\\'Brien Sans'");
    EXPECT_EQ(cssFontFamilyList({"inherit", "monospace"}), "'inherit', monospace");  // keyword as a name
    EXPECT_EQ(cssFontFamilyList({"", "Noto  Sans", "system-ui"}), "'Noto  Sans', system-ui");
    EXPECT_EQ(cssFontFamilyList({}), "");
}

// ---- Path data -------------------------------------------------------------------------------------

TEST(SvgPath, AbsoluteAndRelativeData) {
    struct Case {
        const char* name;
        SvgPathBuilder path;
        const char* expected;
    };
    std::vector<Case> cases;
    cases.push_back({"absolute, implicit line-tos", SvgPathBuilder(2, SvgPathMode::Absolute), "M10 20 30 40 50 60Z"});
    cases.back().path.moveTo(10, 20).lineTo(30, 40).lineTo(50, 60).close();
    cases.push_back({"minus as separator", SvgPathBuilder(2, SvgPathMode::Absolute), "M-1.5-2 3-4"});
    cases.back().path.moveTo(-1.5, -2).lineTo(3, -4);
    cases.push_back(
        {"relative, two subpaths", SvgPathBuilder(2, SvgPathMode::Relative), "M10 20l20 20 0 5zm90 80-10 10"});
    cases.back().path.moveTo(10, 20).lineTo(30, 40).lineTo(30, 45).close().moveTo(100, 100).lineTo(90, 110);
    cases.push_back(
        {"absolute, two subpaths", SvgPathBuilder(2, SvgPathMode::Absolute), "M10 20 30 40ZM100 100 90 110"});
    cases.back().path.moveTo(10, 20).lineTo(30, 40).close().moveTo(100, 100).lineTo(90, 110);
    cases.push_back({"rounded to one decimal", SvgPathBuilder(1, SvgPathMode::Absolute), "M0 0.1-0.3 0"});
    cases.back().path.moveTo(0.04, 0.06).lineTo(-0.25, -0.04);
    cases.push_back({"repeated point skipped", SvgPathBuilder(2, SvgPathMode::Absolute), "M1 1 1 1 2 2"});
    cases.back().path.moveTo(1, 1).lineTo(1, 1).lineTo(1.001, 1).lineTo(2, 2);
    cases.push_back({"move after move", SvgPathBuilder(2, SvgPathMode::Relative), "M1 1m2 2 1 0"});
    cases.back().path.moveTo(1, 1).moveTo(3, 3).lineTo(4, 3);
    cases.push_back({"empty", SvgPathBuilder(), ""});
    for (const Case& c : cases) EXPECT_EQ(c.path.data(), c.expected) << c.name;
}

// Sums relative steps exactly, in hundredths.
long long sumOfXSteps(const std::string& data) {
    long long sum = 0;
    bool is_x = true;
    for (const char* p = data.c_str(); *p;) {
        if (std::isalpha(static_cast<unsigned char>(*p)) || *p == ' ') {
            ++p;
            continue;
        }
        char* end = nullptr;
        const double value = std::strtod(p, &end);
        if (is_x) sum += std::llround(value * 100);
        is_x = !is_x;
        p = end;
    }
    return sum;
}

TEST(SvgPath, RelativeStepsDoNotDrift) {
    SvgPathBuilder path;
    path.moveTo(0, 0);
    for (int i = 1; i <= 1000; ++i) path.lineTo(i * 0.333, (i % 2) * 0.5);
    EXPECT_EQ(sumOfXSteps(path.data()), 33300);  // ends at 333.00 exactly, as 1000 * 0.333 rounds
}

TEST(SvgPath, RejectsMisuse) {
    auto message = [](auto&& call) {
        try {
            call();
        } catch (const std::exception& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_EQ(message([] { SvgPathBuilder().lineTo(1, 2); }), "SVG path: lineTo before the first moveTo");
    EXPECT_EQ(message([] { SvgPathBuilder().close(); }), "SVG path: close before the first moveTo");
    EXPECT_EQ(message([] { SvgPathBuilder().moveTo(std::nan(""), 0); }), "SVG: cannot write the number NaN");
    EXPECT_EQ(message([] { SvgPathBuilder().moveTo(1e21, 0); }),
              "SVG: path coordinate out of range: 1000000000000000000000");
    EXPECT_EQ(message([] { SvgPathBuilder(9); }), "SVG: decimals must be in 0..6, got 9");
}

// ---- Documents -------------------------------------------------------------------------------------

TEST(SvgWriter, WritesAnIndentedDocument) {
    SvgWriter svg;
    svg.beginSvg(200, 100);
    svg.style("text { font: 12px sans-serif; } a > b {}");
    svg.beginGroup("links", SvgAttributes().set("class", "links"));
    SvgPathBuilder path(2, SvgPathMode::Absolute);
    path.moveTo(0, 0).lineTo(10.5, 20.25);
    svg.path(path, SvgAttributes().set("class", "link").set("data-since", "1997"));
    svg.endGroup();
    svg.circle(10, 20, 3.5, SvgAttributes().set("fill", "#c00"));
    svg.text(15, 25, "N\xC3\xBCrnberg & <Co>",
             SvgAttributes()
                 .set("font-family", cssFontFamilyList({"Noto Sans", "DejaVu Sans", "Arial", "sans-serif"}))
                 .set("text-anchor", "start"));
    svg.line(0, 0, 1, 1, SvgAttributes().set("stroke-width", 0.75));
    svg.rect(1, 2, 3, 4);
    svg.endSvg();
    EXPECT_EQ(svg.finish(),
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\" viewBox=\"0 0 200 100\">\n"
              "  <style>text { font: 12px sans-serif; } a &gt; b {}</style>\n"
              "  <g id=\"links\" class=\"links\">\n"
              "    <path class=\"link\" d=\"M0 0 10.5 20.25\" data-since=\"1997\"/>\n"
              "  </g>\n"
              "  <circle cx=\"10\" cy=\"20\" r=\"3.5\" fill=\"#c00\"/>\n"
              "  <text x=\"15\" y=\"25\" font-family=\"Noto Sans, DejaVu Sans, Arial, sans-serif\" "
              "text-anchor=\"start\">N\xC3\xBCrnberg &amp; &lt;Co&gt;</text>\n"
              "  <line x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\" stroke-width=\"0.75\"/>\n"
              "  <rect x=\"1\" y=\"2\" width=\"3\" height=\"4\"/>\n"
              "</svg>\n");
}

TEST(SvgWriter, ViewBoxAttributesAndMixedContent) {
    SvgWriter svg(1);
    svg.beginSvg(800, 400.25, SvgViewBox{-10, -5.55, 820, 410}, SvgAttributes().set("font-size", 12));
    svg.beginElement("text", SvgAttributes().set("x", 1).set("y", 2));
    svg.characters("A ");
    svg.element("tspan", SvgAttributes().set("font-weight", "bold"), "B");
    svg.characters(" C");
    svg.endElement("text");
    svg.element("title", {}, "Partner cities");
    svg.beginGroup();
    svg.endGroup();
    svg.endSvg();
    EXPECT_EQ(svg.finish(),
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"400.3\" "
              "viewBox=\"-10 -5.6 820 410\" font-size=\"12\">\n"
              "  <text x=\"1\" y=\"2\">A <tspan font-weight=\"bold\">B</tspan> C</text>\n"
              "  <title>Partner cities</title>\n"
              "  <g></g>\n"
              "</svg>\n");
}

TEST(SvgWriter, AttributesKeepFirstOrderAndTakeLastValue) {
    SvgWriter svg;
    svg.beginSvg(1, 1);
    svg.circle(0, 0, 1, SvgAttributes().set("a", "1").set("b", "2").set("a", "3").set("r", 9));
    svg.endSvg();
    EXPECT_NE(svg.finish().find("<circle cx=\"0\" cy=\"0\" r=\"9\" a=\"3\" b=\"2\"/>"), std::string::npos);
}

TEST(SvgWriter, ChecksNesting) {
    auto message = [](auto&& call) {
        try {
            call();
        } catch (const std::exception& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_EQ(message([] {
                  SvgWriter svg;
                  svg.beginSvg(1, 1);
                  svg.beginGroup("a");
                  svg.endSvg();
              }),
              "SVG: </svg> while <g> is open");
    EXPECT_EQ(message([] {
                  SvgWriter svg;
                  svg.beginSvg(1, 1);
                  svg.beginGroup("a");
                  svg.finish();
              }),
              "SVG: unclosed elements at the end of the document: <svg><g>");
    EXPECT_EQ(message([] { SvgWriter().finish(); }), "SVG: the document has no root element");
    EXPECT_EQ(message([] { SvgWriter().endGroup(); }), "SVG: </g> closes nothing");
    EXPECT_EQ(message([] { SvgWriter().characters("x"); }), "SVG: text outside the root element");
    EXPECT_EQ(message([] {
                  SvgWriter svg;
                  svg.beginSvg(1, 1);
                  svg.endSvg();
                  svg.beginElement("svg");
              }),
              "SVG: a second root element <svg>");
    EXPECT_EQ(message([] {
                  SvgWriter svg;
                  svg.beginSvg(1, 1);
                  svg.beginSvg(1, 1);
              }),
              "SVG: beginSvg must start the document");
    EXPECT_EQ(message([] {
                  SvgWriter svg;
                  svg.beginSvg(1, 1);
                  svg.endSvg();
                  svg.finish();
                  svg.finish();
              }),
              "SVG: the document is already finished");
    EXPECT_EQ(message([] { SvgAttributes().set("1x", "v"); }), "SVG: \"1x\" is not a valid XML name");
    EXPECT_EQ(message([] { SvgAttributes().set("a b", 1.0); }), "SVG: \"a b\" is not a valid XML name");
    EXPECT_EQ(message([] {
                  SvgWriter svg;
                  svg.beginSvg(1, 1);
                  svg.beginElement("");
              }),
              "SVG: \"\" is not a valid XML name");
    EXPECT_EQ(message([] { SvgWriter(7); }), "SVG: decimals must be in 0..6, got 7");
}

TEST(SvgWriter, FailedCallLeavesTheDocumentIntact) {
    SvgWriter svg;
    svg.beginSvg(10, 10);
    EXPECT_THROW(svg.circle(1, std::nan(""), 1), std::invalid_argument);
    svg.circle(1, 2, 3);
    svg.endSvg();
    EXPECT_EQ(svg.finish(),
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\" viewBox=\"0 0 10 10\">\n"
              "  <circle cx=\"1\" cy=\"2\" r=\"3\"/>\n"
              "</svg>\n");
}

// ---- Well-formedness, checked by libxml2 -----------------------------------------------------------

bool haveXmllint() {
    return std::system("command -v xmllint > /dev/null 2>&1") == 0;
}

// xmllint's exit status for the document (0: well-formed).
int xmllint(const std::string& document, const std::string& name) {
    const std::filesystem::path file = std::filesystem::path(::testing::TempDir()) / name;
    std::ofstream(file, std::ios::binary) << document;
    const int status = std::system(("xmllint --noout '" + file.string() + "' 2> /dev/null").c_str());
    std::filesystem::remove(file);
    return status;
}

TEST(SvgWriterXmllint, HostileTextIsWellFormed) {
    if (!haveXmllint()) GTEST_SKIP() << "xmllint not installed (apt-get install libxml2-utils)";
    // Sanity check of the check: a broken document must fail.
    EXPECT_NE(xmllint("<svg><g></svg>", "pm_broken.svg"), 0);

    std::vector<std::string> hostile = {"a & b <c> \"d\" 'e' ]]> --> <!-- <?pi?>",
                                        std::string("nul\0byte", 8),
                                        "\x01\x02\x03\x7F\xC2\x80\xC2\x9F",
                                        "\xFF\xFE\xC0\xAF\xED\xA0\x80\xF4\x90\x80\x80\xE2\x82",
                                        "tab\tnewline\ncarriage\r",
                                        "&#0; &#x1; &unknown; &amp"};
    std::mt19937 rng(5);
    for (int i = 0; i < 50; ++i) {  // random bytes, fixed seed
        std::string bytes(1 + rng() % 40, '\0');
        for (char& c : bytes) c = static_cast<char>(rng() % 256);
        hostile.push_back(bytes);
    }
    SvgWriter svg;
    svg.beginSvg(100, 100);
    svg.style(hostile[0]);
    for (size_t i = 0; i < hostile.size(); ++i) {
        svg.beginGroup(hostile[i], SvgAttributes().set("data-name", hostile[i]).set("class", hostile[i]));
        svg.text(i, i, hostile[i], SvgAttributes().set("font-family", cssFontFamilyList({hostile[i], "serif"})));
        svg.element("title", {}, hostile[i]);
        svg.endGroup();
    }
    svg.endSvg();
    EXPECT_EQ(xmllint(svg.finish(), "pm_hostile.svg"), 0);
}

}  // namespace
}  // namespace pm
