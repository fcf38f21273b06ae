#include <gtest/gtest.h>

#include "core/filter.hpp"

namespace pm {
namespace {

DataSet sampleData() {
    DataSet data;
    data.cities = {{"nuernberg", "Nürnberg", {{"en", "Nuremberg"}}, "DE", {49.45, 11.08}, {}, {}, 0},
                   {"hannover", "Hannover", {{"en", "Hanover"}}, "DE", {52.37, 9.73}, {}, {}, 0},
                   {"nizza", "Nizza", {{"en", "Nice"}}, "FR", {43.70, 7.27}, {}, {}, 0},
                   {"krakau", "Krakau", {{"pl", "Kraków"}}, "PL", {50.06, 19.94}, {}, {}, 0},
                   {"rostow", "Rostow am Don", {{"ru", "Ростов-на-Дону"}}, "RU", {47.23, 39.72}, {}, {}, 0},
                   {"bar", "Bar", {}, "ME", {42.09, 19.10}, {}, {}, 0}};
    auto partnership = [](std::string home, std::string partner, std::string type, std::optional<int> since,
                          std::optional<int> until, PartnershipStatus status) {
        Partnership p;
        p.home_id = std::move(home);
        p.partner_id = std::move(partner);
        p.type = std::move(type);
        p.since = since;
        p.until = until;
        p.status = status;
        return p;
    };
    data.partnerships = {
        partnership("nuernberg", "nizza", "partnership", 1954, {}, PartnershipStatus::Active),
        partnership("nuernberg", "krakau", "partnership", 1979, {}, PartnershipStatus::Active),
        partnership("hannover", "rostow", "partnership", 1977, {}, PartnershipStatus::Suspended),
        partnership("nuernberg", "bar", "friendship", {}, {}, PartnershipStatus::Active),
        partnership("hannover", "nizza", "contact", 1960, 1990, PartnershipStatus::Ended),
    };
    return data;
}

TEST(Filter, EachCriterion) {
    const DataSet data = sampleData();
    const struct {
        const char* name;
        PartnershipFilter filter;
        std::vector<size_t> expected;
    } cases[] = {
        {"nothing", {}, {0, 1, 2, 3, 4}},
        {"home", {.home_ids = {"hannover"}}, {2, 4}},
        {"country", {.partner_countries = {"FR", "PL"}}, {0, 1, 4}},
        {"type", {.types = {"friendship"}}, {3}},
        {"status", {.statuses = {PartnershipStatus::Suspended}}, {2}},
        {"years closed", {.since_from = 1954, .since_to = 1977}, {0, 2, 4}},
        {"years open end", {.since_from = 1970}, {1, 2}},
        {"as of 1965", {.as_of = 1965}, {0, 4}},
        {"as of 1990: ended in 1990 still counts", {.as_of = 1990}, {0, 1, 2, 4}},
        {"as of 1991", {.as_of = 1991}, {0, 1, 2}},
        {"text, accent-free and other script", {.text = "krakow"}, {1}},
        {"text in English name", {.text = "NICE"}, {0, 4}},
        {"combined", {.home_ids = {"nuernberg"}, .types = {"partnership"}, .since_to = 1960}, {0}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(filterPartnerships(data, c.filter), c.expected);
    }
}

TEST(Filter, HomeCities) {
    const DataSet data = sampleData();
    EXPECT_EQ(homeCityIds(data), (std::vector<std::string>{"nuernberg", "hannover"}));
    EXPECT_EQ(findHomeCityId(data, "Nuremberg"), "nuernberg");
    EXPECT_EQ(findHomeCityId(data, "hannover"), "hannover");
    EXPECT_EQ(findHomeCityId(data, "Nizza"), std::nullopt) << "a partner is not a home city";
}

}  // namespace
}  // namespace pm
