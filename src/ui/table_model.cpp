#include "ui/table_model.hpp"

#include <algorithm>

#include "core/countries.hpp"
#include "core/distance_table.hpp"
#include "core/text_fold.hpp"

namespace pm::ui {

std::vector<TableRow> partnershipRows(const DataSet& data, const std::vector<size_t>& visible,
                                      const CountryTable& countries, std::string_view lang) {
    std::vector<TableRow> rows;
    for (const DistanceRow& distance : distanceRows(data, visible)) {
        TableRow row;
        row.index = distance.partnership_index;
        row.home = distance.home->displayName(lang);
        row.partner = distance.partner->displayName(lang);
        const Country* country = countries.byAlpha2(distance.partner->country);
        row.country = country ? country->name(lang) : distance.partner->country;
        const PartnershipType* type = data.findType(distance.partnership->type);
        row.type = type ? type->label(lang) : distance.partnership->type;
        row.since = distance.partnership->since;
        row.distance_km = distance.distance_km;
        row.home_key = foldKey(row.home);
        row.partner_key = foldKey(row.partner);
        row.country_key = foldKey(row.country);
        row.type_key = foldKey(row.type);
        rows.push_back(std::move(row));
    }
    return rows;
}

namespace {

// <0, 0, >0 like strcmp, for ascending order.
int compareText(const std::string& key_a, const std::string& text_a, const std::string& key_b,
                const std::string& text_b) {
    if (const int c = key_a.compare(key_b); c != 0) return c;
    return text_a.compare(text_b);
}

int compareColumn(const TableRow& a, const TableRow& b, TableColumn column) {
    switch (column) {
        case TableColumn::Home:
            return compareText(a.home_key, a.home, b.home_key, b.home);
        case TableColumn::Partner:
            return compareText(a.partner_key, a.partner, b.partner_key, b.partner);
        case TableColumn::Country:
            return compareText(a.country_key, a.country, b.country_key, b.country);
        case TableColumn::Type:
            return compareText(a.type_key, a.type, b.type_key, b.type);
        case TableColumn::Since:
            return a.since == b.since ? 0 : (a.since < b.since ? -1 : 1);
        case TableColumn::Distance:
            return a.distance_km == b.distance_km ? 0 : (a.distance_km < b.distance_km ? -1 : 1);
    }
    return 0;
}

}  // namespace

void sortRows(std::vector<TableRow>& rows, const std::vector<TableSortKey>& keys) {
    std::stable_sort(rows.begin(), rows.end(), [&keys](const TableRow& a, const TableRow& b) {
        for (const TableSortKey& key : keys) {
            if (key.column == TableColumn::Since && a.since.has_value() != b.since.has_value())
                return a.since.has_value();  // unknown years last, whatever the direction
            const int c = compareColumn(a, b, key.column);
            if (c != 0) return key.ascending ? c < 0 : c > 0;
        }
        return false;
    });
}

}  // namespace pm::ui
