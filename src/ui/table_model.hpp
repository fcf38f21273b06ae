#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"

namespace pm {
class CountryTable;
}

namespace pm::ui {

enum class TableColumn { Home, Partner, Country, Type, Since, Distance };

// One line of the partnerships table, with the texts in the UI language and their sort keys.
struct TableRow {
    size_t index = 0;  // into DataSet::partnerships
    std::string home, partner, country, type;
    std::optional<int> since;
    double distance_km = 0.0;
    std::string home_key, partner_key, country_key, type_key;  // foldKey of the texts
};

struct TableSortKey {
    TableColumn column = TableColumn::Home;
    bool ascending = true;
    friend bool operator==(const TableSortKey&, const TableSortKey&) = default;
};

// Rows for the visible partnerships, in distanceRows order (home, distance, partner); partnerships
// whose cities don't resolve are left out.
std::vector<TableRow> partnershipRows(const DataSet& data, const std::vector<size_t>& visible,
                                      const CountryTable& countries, std::string_view lang);

// Stable sort by the keys in order (the first decides, later ones break ties). Texts compare case-
// and accent-insensitively ("Öhringen" next to "Ohio"); an unknown year is last in either direction.
void sortRows(std::vector<TableRow>& rows, const std::vector<TableSortKey>& keys);

}  // namespace pm::ui
