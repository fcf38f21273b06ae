#include "core/json_writer.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "core/problem.hpp"
#include "core/text_util.hpp"

namespace pm {

using nlohmann::ordered_json;

namespace {

void appendString(std::string& out, const std::string& text) {
    if (const auto bad = findInvalidUtf8(text))
        throw DataError(Problem{"", 0, "cannot write text that is not valid UTF-8: '" + text.substr(0, *bad) + "...'"});
    out += '"';
    for (const char c : text) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                    out += escaped;
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

void appendDouble(std::string& out, double value) {
    if (!std::isfinite(value)) {
        out += "null";  // as nlohmann does: JSON has no NaN or infinity
        return;
    }
    char buffer[400];
    const auto format = std::abs(value) < 1e15 ? std::chars_format::fixed : std::chars_format::general;
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, format);
    std::string_view text(buffer, static_cast<size_t>(result.ptr - buffer));
    out += text;
    if (text.find_first_of(".e") == std::string_view::npos) out += ".0";  // stays a decimal number
}

void append(std::string& out, const ordered_json& value, int indent, int depth) {
    const bool pretty = indent >= 0;
    const auto newline = [&](int level) {
        if (!pretty) return;
        out += '\n';
        out.append(static_cast<size_t>(indent * level), ' ');
    };
    switch (value.type()) {
        case ordered_json::value_t::object: {
            if (value.empty()) {
                out += "{}";
                return;
            }
            out += '{';
            bool first = true;
            for (const auto& [key, member] : value.items()) {
                if (!first) out += ',';
                first = false;
                newline(depth + 1);
                appendString(out, key);
                out += pretty ? ": " : ":";
                append(out, member, indent, depth + 1);
            }
            newline(depth);
            out += '}';
            return;
        }
        case ordered_json::value_t::array: {
            if (value.empty()) {
                out += "[]";
                return;
            }
            out += '[';
            bool first = true;
            for (const ordered_json& element : value) {
                if (!first) out += ',';
                first = false;
                newline(depth + 1);
                append(out, element, indent, depth + 1);
            }
            newline(depth);
            out += ']';
            return;
        }
        case ordered_json::value_t::string:
            appendString(out, value.get_ref<const std::string&>());
            return;
        case ordered_json::value_t::number_float:
            appendDouble(out, value.get<double>());
            return;
        default:
            out += value.dump();
            return;  // null, booleans, integers
    }
}

}  // namespace

std::string dumpJson(const ordered_json& value, int indent) {
    std::string out;
    append(out, value, indent, 0);
    return out;
}

}  // namespace pm
