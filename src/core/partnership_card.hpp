#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model.hpp"

namespace pm {

class CountryTable;

// What a details card or a tour caption says about one partnership, in one language:
//   Nizza                                   (title: the partner's name)
//   Frankreich · Städtepartnerschaft         (subtitle)
//   seit 1954 · 72 Jahre                     (since)
//   641 km, Südsüdwest von Nürnberg          (distance)
//   ruhend                                   (status, only when not active)
//   Verbrüderungseid 1954 ...                (note)
struct PartnershipCard {
    std::string title;
    std::string subtitle;
    std::string since;
    std::string distance;
    std::string status;
    std::string note;
    std::vector<std::string> sources;

    // The non-empty lines below the title, in display order.
    std::vector<std::string> lines() const;

    friend bool operator==(const PartnershipCard&, const PartnershipCard&) = default;
};

// `year` is the year the card speaks of ("72 Jahre" in 2026).
PartnershipCard partnershipCard(const DataSet& data, size_t partnership_index, std::string_view lang,
                                const CountryTable* countries, int year);

// The current year, from the system clock (local time).
int currentYear();

}  // namespace pm
