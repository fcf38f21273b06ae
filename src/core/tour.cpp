#include "core/tour.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/geodesy.hpp"
#include "core/json_fields.hpp"
#include "core/json_lines.hpp"
#include "core/json_writer.hpp"
#include "core/map_view.hpp"
#include "core/model.hpp"
#include "core/problem.hpp"
#include "core/projection_catalog.hpp"
#include "core/text_fold.hpp"

namespace pm {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

struct StepName {
    TourStep::Kind kind;
    std::string_view name;
    std::vector<std::string_view> options;  // keys allowed besides the action
};

const std::vector<StepName>& stepNames() {
    static const std::vector<StepName> names = {
        {TourStep::Kind::Data, "data", {}},
        {TourStep::Kind::Filter, "filter", {}},
        {TourStep::Kind::Projection, "projection", {"center"}},
        {TourStep::Kind::Theme, "theme", {}},
        {TourStep::Kind::Language, "lang", {}},
        {TourStep::Kind::Overview, "overview", {"fly", "hold"}},
        {TourStep::Kind::FlyTo, "fly_to", {"zoom", "fly", "hold"}},
        {TourStep::Kind::Stop, "stop", {"home", "fly", "hold"}},
        {TourStep::Kind::Caption, "caption", {"text", "hold"}},
        {TourStep::Kind::Wait, "wait", {}},
        {TourStep::Kind::Timeline, "timeline", {}},
        {TourStep::Kind::Screenshot, "screenshot", {}},
        {TourStep::Kind::Facts, "facts", {"hold"}},
    };
    return names;
}

std::string allStepNames() {
    std::string text;
    for (const StepName& step : stepNames()) text += (text.empty() ? "" : ", ") + std::string(step.name);
    return text;
}

class TourReader {
public:
    TourReader(const JsonDocument& document, const std::string& file, std::vector<Problem>& problems)
        : m_fields(document, file, problems) {}

    Tour read(const json& root) {
        Tour tour;
        if (!m_fields.expectObject(root, "", "a tour file")) return tour;
        m_fields.checkKeys(root, "", "the top-level object", {"format", "version", "title", "steps"});
        const std::optional<std::string> format = m_fields.string(root, "", "format", "tour", "\"partnermap-tour\"");
        if (!format) return tour;  // not a tour at all: nothing else is worth reporting
        if (*format != "partnermap-tour") {
            m_fields.report("/format",
                            "format '" + *format + "' is not a PartnerMap tour; write \"format\": \"partnermap-tour\"");
            return tour;
        }
        const std::optional<long long> version = m_fields.integer(root, "", "version", "tour", "1");
        if (version && *version != kTourFormatVersion) {
            m_fields.report("/version", "tour version " + std::to_string(*version) +
                                            " is not supported; this PartnerMap reads version 1");
            return tour;
        }
        if (auto title = m_fields.string(root, "", "title", "tour")) tour.title = std::move(*title);
        const auto steps = root.find("steps");
        if (steps == root.end()) {
            m_fields.report("", "tour lacks 'steps'; add e.g. \"steps\": [{\"overview\": true}]");
            return tour;
        }
        if (!m_fields.expectArray(*steps, "/steps", "'steps'")) return tour;
        for (size_t i = 0; i < steps->size(); ++i) {
            const std::string pointer = "/steps/" + std::to_string(i);
            if (std::optional<TourStep> step = readStep((*steps)[i], pointer)) tour.steps.push_back(std::move(*step));
        }
        return tour;
    }

private:
    std::optional<TourStep> readStep(const json& object, const std::string& pointer) {
        if (!m_fields.expectObject(object, pointer, "a step")) return std::nullopt;
        const StepName* name = nullptr;
        for (const StepName& candidate : stepNames())
            if (object.contains(std::string(candidate.name))) {
                if (name) {
                    m_fields.report(pointer, "a step does one thing, but this one has both '" +
                                                 std::string(name->name) + "' and '" + std::string(candidate.name) +
                                                 "'; split it in two steps");
                    return std::nullopt;
                }
                name = &candidate;
            }
        if (!name) {
            const std::string first = object.empty() ? std::string("nothing") : "'" + object.begin().key() + "'";
            m_fields.report(pointer, "unknown step " + first + "; steps are: " + allStepNames());
            return std::nullopt;
        }
        std::vector<std::string_view> known = name->options;
        known.insert(known.begin(), name->name);
        m_fields.checkKeys(object, pointer, "a '" + std::string(name->name) + "' step", known);
        TourStep step;
        step.kind = name->kind;
        step.line = m_fields.line(pointer);
        const std::string key(name->name);
        const std::string value_pointer = pointer + "/" + key;
        const json& value = object.at(key);
        switch (step.kind) {
            case TourStep::Kind::Data:
                if (value.is_string())
                    step.files = {value.get<std::string>()};
                else if (auto files = m_fields.stringArray(object, pointer, "data"))
                    step.files = std::move(*files);
                if (step.files.empty())
                    m_fields.report(value_pointer, "'data' names no file; write e.g. \"data\": [\"partners.csv\"]");
                break;
            case TourStep::Kind::Filter:
                readFilter(value, value_pointer, step.filter);
                break;
            case TourStep::Kind::Projection:
                step.projection = requiredString(object, pointer, key, "\"orthographic\"");
                if (!step.projection.empty() && !findProjection(step.projection))
                    m_fields.report(value_pointer,
                                    "unknown projection '" + step.projection + "'; projections: " + projectionIds());
                step.centre = readCentre(object, pointer);
                break;
            case TourStep::Kind::Theme:
                step.theme = requiredString(object, pointer, key, "\"dark\"");
                if (!step.theme.empty() && step.theme != "light" && step.theme != "dark" && step.theme != "print")
                    m_fields.report(value_pointer, "unknown theme '" + step.theme + "'; use light, dark or print");
                break;
            case TourStep::Kind::Language:
                step.lang = requiredString(object, pointer, key, "\"de\"");
                if (!step.lang.empty() && step.lang != "de" && step.lang != "en")
                    m_fields.report(value_pointer, "unknown language '" + step.lang + "'; use de or en");
                break;
            case TourStep::Kind::Overview:
            case TourStep::Kind::Facts:
                if (!value.is_boolean() || !value.get<bool>())
                    m_fields.report(value_pointer, "write \"" + key + "\": true");
                break;
            case TourStep::Kind::FlyTo:
            case TourStep::Kind::Stop:
                step.city = requiredString(object, pointer, key, "\"Nizza\"");
                if (auto home = m_fields.string(object, pointer, "home", "step")) step.home = std::move(*home);
                break;
            case TourStep::Kind::Caption:
                step.caption_title = requiredString(object, pointer, key, "\"Willkommen\"");
                if (auto text = m_fields.string(object, pointer, "text", "step")) step.caption_text = std::move(*text);
                step.hold_seconds = 5.0;
                break;
            case TourStep::Kind::Wait:
                step.hold_seconds = seconds(object, pointer, key).value_or(0.0);
                break;
            case TourStep::Kind::Timeline:
                readTimeline(value, value_pointer, step);
                break;
            case TourStep::Kind::Screenshot:
                step.screenshot = requiredString(object, pointer, key, "\"nizza.png\"");
                if (step.screenshot.find('/') != std::string::npos || step.screenshot.find("..") != std::string::npos)
                    m_fields.report(value_pointer, "a screenshot is a file name without folders, e.g. \"nizza.png\"");
                break;
        }
        if (step.kind == TourStep::Kind::Stop) step.hold_seconds = 5.0;
        if (step.kind == TourStep::Kind::Facts) step.hold_seconds = 8.0;
        if (auto fly = seconds(object, pointer, "fly")) step.fly_seconds = *fly;
        if (auto hold = seconds(object, pointer, "hold")) step.hold_seconds = *hold;
        if (auto zoom = m_fields.number(object, pointer, "zoom", "step")) {
            if (*zoom < 0.5 || *zoom > 64)
                m_fields.report(pointer + "/zoom", "zoom " + formatNumber(*zoom) +
                                                       " is out of range; use 0.5 to 64 (1 shows the whole map)");
            else
                step.zoom = *zoom;
        }
        return step;
    }

    std::string requiredString(const json& object, const std::string& pointer, const std::string& key,
                               std::string_view example) {
        return m_fields.string(object, pointer, key, "step", example).value_or("");
    }

    std::optional<double> seconds(const json& object, const std::string& pointer, const std::string& key) {
        const std::optional<double> value = m_fields.number(object, pointer, key, "step");
        if (value && (*value < 0 || *value > 600)) {
            m_fields.report(pointer + "/" + key,
                            "'" + key + "' of " + formatNumber(*value) + " seconds is out of range; use 0 to 600");
            return std::nullopt;
        }
        return value;
    }

    std::optional<GeoPoint> readCentre(const json& object, const std::string& pointer) {
        const auto it = object.find("center");
        if (it == object.end()) return std::nullopt;
        if (!it->is_array() || it->size() != 2 || !(*it)[0].is_number() || !(*it)[1].is_number()) {
            m_fields.report(pointer + "/center", "'center' must be [latitude, longitude], e.g. [49.45, 11.08]");
            return std::nullopt;
        }
        const GeoPoint centre{.lat = (*it)[0].get<double>(), .lon = (*it)[1].get<double>()};
        if (std::abs(centre.lat) > 90 || std::abs(centre.lon) > 180) {
            m_fields.report(pointer + "/center", "'center' is out of range; latitude -90 to 90, longitude -180 to 180");
            return std::nullopt;
        }
        return centre;
    }

    void readFilter(const json& value, const std::string& pointer, FilterSpec& filter) {
        if (!m_fields.expectObject(value, pointer, "'filter'")) return;
        m_fields.checkKeys(value, pointer, "'filter'", {"home", "country", "type", "status", "years", "as_of", "text"});
        if (auto homes = m_fields.stringArray(value, pointer, "home")) filter.homes = std::move(*homes);
        if (auto countries = m_fields.stringArray(value, pointer, "country")) filter.countries = std::move(*countries);
        if (auto types = m_fields.stringArray(value, pointer, "type")) filter.types = std::move(*types);
        if (auto statuses = m_fields.stringArray(value, pointer, "status")) filter.statuses = std::move(*statuses);
        if (auto years = m_fields.string(value, pointer, "years", "filter")) filter.years = std::move(*years);
        if (auto as_of = m_fields.integer(value, pointer, "as_of", "filter")) filter.as_of = static_cast<int>(*as_of);
        if (auto text = m_fields.string(value, pointer, "text", "filter")) filter.text = std::move(*text);
    }

    void readTimeline(const json& value, const std::string& pointer, TourStep& step) {
        if (value.is_boolean() && value.get<bool>()) return;
        if (!value.is_object()) {
            m_fields.report(pointer,
                            "write \"timeline\": true or {\"from\": 1950, \"to\": 2026, \"years_per_second\": 2}");
            return;
        }
        m_fields.checkKeys(value, pointer, "'timeline'", {"from", "to", "years_per_second"});
        if (auto from = m_fields.integer(value, pointer, "from", "timeline"))
            step.timeline_from = static_cast<int>(*from);
        if (auto to = m_fields.integer(value, pointer, "to", "timeline")) step.timeline_to = static_cast<int>(*to);
        if (step.timeline_from && step.timeline_to && *step.timeline_from > *step.timeline_to)
            m_fields.report(pointer + "/to", "the timeline ends (" + std::to_string(*step.timeline_to) +
                                                 ") before it starts (" + std::to_string(*step.timeline_from) + ")");
        if (auto speed = m_fields.number(value, pointer, "years_per_second", "timeline")) {
            if (*speed <= 0 || *speed > 100)
                m_fields.report(pointer + "/years_per_second", "years_per_second must be above 0 and at most 100");
            else
                step.years_per_second = *speed;
        }
    }

    static std::string projectionIds() {
        std::string ids;
        for (const ProjectionInfo& info : projectionCatalog())
            if (info.id != kCustomProjectionId) ids += (ids.empty() ? "" : ", ") + std::string(info.id);
        return ids;
    }

    static std::string formatNumber(double value) {
        std::ostringstream text;
        text << value;
        return text.str();
    }

    JsonFieldReader m_fields;
};

}  // namespace

std::string_view tourStepName(TourStep::Kind kind) {
    for (const StepName& step : stepNames())
        if (step.kind == kind) return step.name;
    return "?";
}

Tour parseTour(std::string_view text, const std::string& file_label) {
    std::vector<Problem> problems;
    if (text.empty()) throw DataError(Problem{file_label, 0, "file is empty"});
    const std::optional<JsonDocument> document = parseJsonWithLines(text, file_label, problems);
    if (!document) throw DataError(std::move(problems));
    Tour tour = TourReader(*document, file_label, problems).read(document->root);
    if (!problems.empty()) {
        std::stable_sort(problems.begin(), problems.end(),
                         [](const Problem& a, const Problem& b) { return a.line < b.line; });
        throw DataError(std::move(problems));
    }
    return tour;
}

Tour loadTourFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw DataError(Problem{path, 0, "cannot open the tour file; check the path"});
    std::ostringstream content;
    content << in.rdbuf();
    return parseTour(content.str(), path);
}

std::string writeTour(const Tour& tour) {
    ordered_json root;
    root["format"] = "partnermap-tour";
    root["version"] = kTourFormatVersion;
    if (!tour.title.empty()) root["title"] = tour.title;
    ordered_json steps = ordered_json::array();
    const TourStep defaults;
    for (const TourStep& step : tour.steps) {
        ordered_json out;
        const std::string key(tourStepName(step.kind));
        switch (step.kind) {
            case TourStep::Kind::Data:
                out[key] = step.files;
                break;
            case TourStep::Kind::Filter: {
                ordered_json filter = ordered_json::object();
                if (!step.filter.homes.empty()) filter["home"] = step.filter.homes;
                if (!step.filter.countries.empty()) filter["country"] = step.filter.countries;
                if (!step.filter.types.empty()) filter["type"] = step.filter.types;
                if (!step.filter.statuses.empty()) filter["status"] = step.filter.statuses;
                if (!step.filter.years.empty()) filter["years"] = step.filter.years;
                if (step.filter.as_of) filter["as_of"] = *step.filter.as_of;
                if (!step.filter.text.empty()) filter["text"] = step.filter.text;
                out[key] = filter;
                break;
            }
            case TourStep::Kind::Projection:
                out[key] = step.projection;
                if (step.centre) out["center"] = {step.centre->lat, step.centre->lon};
                break;
            case TourStep::Kind::Theme:
                out[key] = step.theme;
                break;
            case TourStep::Kind::Language:
                out[key] = step.lang;
                break;
            case TourStep::Kind::Overview:
            case TourStep::Kind::Facts:
                out[key] = true;
                break;
            case TourStep::Kind::FlyTo:
            case TourStep::Kind::Stop:
                out[key] = step.city;
                if (!step.home.empty()) out["home"] = step.home;
                if (step.zoom) out["zoom"] = *step.zoom;
                break;
            case TourStep::Kind::Caption:
                out[key] = step.caption_title;
                if (!step.caption_text.empty()) out["text"] = step.caption_text;
                break;
            case TourStep::Kind::Wait:
                out[key] = step.hold_seconds;
                break;
            case TourStep::Kind::Timeline: {
                ordered_json timeline = ordered_json::object();
                if (step.timeline_from) timeline["from"] = *step.timeline_from;
                if (step.timeline_to) timeline["to"] = *step.timeline_to;
                timeline["years_per_second"] = step.years_per_second;
                out[key] = timeline;
                break;
            }
            case TourStep::Kind::Screenshot:
                out[key] = step.screenshot;
                break;
        }
        const bool flies = step.kind == TourStep::Kind::Overview || step.kind == TourStep::Kind::FlyTo ||
                           step.kind == TourStep::Kind::Stop;
        if (flies) out["fly"] = step.fly_seconds;
        const bool holds = flies || step.kind == TourStep::Kind::Caption || step.kind == TourStep::Kind::Facts;
        if (holds) out["hold"] = step.hold_seconds;
        steps.push_back(out);
    }
    root["steps"] = steps;
    return dumpJson(root, 2) + "\n";
}

Tour defaultTour(const DataSet& data, const std::string& home_id, const std::vector<size_t>& partnerships,
                 TourOrder order, std::string_view lang) {
    const City* home = data.findCity(home_id);
    Tour tour;
    // Titled as the map of that home city's partnerships is, so that a paused tour keeps its title.
    PartnershipFilter only_home;
    only_home.home_ids = {home_id};
    tour.title = home ? defaultTitle(data, only_home, lang) : "";
    std::vector<size_t> stops;
    for (size_t index : partnerships)
        if (data.partnerships.at(index).home_id == home_id) stops.push_back(index);
    const auto distance = [&](size_t index) {
        const City* partner = data.findCity(data.partnerships[index].partner_id);
        return home && partner ? geodesicInverse(home->position, partner->position).distance_m : 0.0;
    };
    const auto name = [&](size_t index) {
        const City* partner = data.findCity(data.partnerships[index].partner_id);
        return partner ? foldKey(partner->displayName(lang)) : std::string();
    };
    std::stable_sort(stops.begin(), stops.end(), [&](size_t a, size_t b) {
        switch (order) {
            case TourOrder::Year: {
                // Unknown years last.
                const int year_a = data.partnerships[a].since.value_or(9999),
                          year_b = data.partnerships[b].since.value_or(9999);
                if (year_a != year_b) return year_a < year_b;
                return distance(a) < distance(b);
            }
            case TourOrder::Distance:
                return distance(a) < distance(b);
            case TourOrder::Name:
                return name(a) < name(b);
        }
        return false;
    });
    TourStep overview;
    overview.kind = TourStep::Kind::Overview;
    overview.fly_seconds = 1.5;
    overview.hold_seconds = 3.0;
    tour.steps.push_back(overview);
    for (size_t index : stops) {
        TourStep stop;
        stop.kind = TourStep::Kind::Stop;
        stop.city = data.partnerships[index].partner_id;
        stop.home = home_id;
        stop.fly_seconds = 2.5;
        stop.hold_seconds = 4.0;
        tour.steps.push_back(stop);
    }
    tour.steps.push_back(overview);
    return tour;
}

}  // namespace pm
