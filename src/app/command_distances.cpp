#include <algorithm>
#include <ostream>

#include "app/cli.hpp"
#include "app/commands.hpp"
#include "app/csv_text.hpp"
#include "app/inputs.hpp"
#include "core/distance_table.hpp"
#include "core/number_format.hpp"

namespace pm::app {

namespace {

constexpr const char* kCsvHeader = "home,partner,partner_country,type,since,distance_km,azimuth_deg";

std::vector<std::string> rowFields(const DistanceRow& row) {
    const Partnership& partnership = *row.partnership;
    return {row.home->name,
            row.partner->name,
            row.partner->country,
            partnership.type,
            partnership.since ? std::to_string(*partnership.since) : std::string(),
            formatFixed(row.distance_km, 3),
            formatAzimuth(row.azimuth_deg)};
}

void printCsv(const std::vector<DistanceRow>& rows, std::ostream& out) {
    out << kCsvHeader << '\n';
    for (const DistanceRow& row : rows) {
        const std::vector<std::string> fields = rowFields(row);
        for (size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << csvField(fields[i]);
        out << '\n';
    }
}

// Columns padded to their widest cell; numbers right-aligned.
void printTable(const std::vector<DistanceRow>& rows, std::ostream& out) {
    const std::vector<std::string> header = {"home",  "partner",     "country",    "type",
                                             "since", "distance_km", "azimuth_deg"};
    const std::vector<bool> right_aligned = {false, false, false, false, true, true, true};
    std::vector<std::vector<std::string>> cells = {header};
    for (const DistanceRow& row : rows) cells.push_back(rowFields(row));
    std::vector<size_t> widths(header.size(), 0);
    for (const auto& line : cells)
        for (size_t i = 0; i < line.size(); ++i) widths[i] = std::max(widths[i], displayWidth(line[i]));
    for (const auto& line : cells) {
        std::string text;
        for (size_t i = 0; i < line.size(); ++i) {
            const std::string padding(widths[i] - displayWidth(line[i]), ' ');
            if (i > 0) text += "  ";
            text += right_aligned[i] ? padding + line[i] : line[i] + padding;
        }
        text.erase(text.find_last_not_of(' ') + 1);
        out << text << '\n';
    }
}

}  // namespace

int runDistances(const DistancesOptions& options, const Inputs& inputs, std::ostream& out, std::ostream& err) {
    std::vector<Problem> warnings;
    const DataSet data = inputs.loadData(options.files, warnings);
    printWarnings(warnings, err);
    const PartnershipFilter filter = resolveFilter(options.filters, data, inputs.countries());
    const std::vector<DistanceRow> rows = distanceRows(data, filterPartnerships(data, filter));
    if (options.format == "csv")
        printCsv(rows, out);
    else
        printTable(rows, out);
    return kExitOk;
}

}  // namespace pm::app
