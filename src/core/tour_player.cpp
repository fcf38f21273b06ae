#include "core/tour_player.hpp"

#include <algorithm>
#include <cmath>

#include "core/presentation_panels.hpp"
#include "core/problem.hpp"
#include "core/projection.hpp"

namespace pm {

namespace {

// How long before its end a clicker holds a step: the view there is the step's own.
constexpr double kHoldBeforeEnd = 1e-3;

constexpr float kDimmedOpacity = 0.3f;
constexpr double kTimelineEndHold = 1.5;  // seconds the last year stays before the next step

// A tour shows each partnership as it is now: a suspended one stays dashed while it is dimmed or grows
// (LinkAppearance::dashed is the timeline's way of dating the suspension).
LinkAppearance appearanceNow(const Partnership& partnership, float growth, float opacity) {
    return {growth, opacity, partnership.status == PartnershipStatus::Suspended};
}

std::string joinedNames(const DataSet& data, const std::vector<size_t>& indices) {
    std::string text;
    for (size_t index : indices)
        text += (text.empty() ? "" : ", ") + data.findCity(data.partnerships[index].home_id)->name;
    return text;
}

}  // namespace

// Walks the steps once, keeping the state a viewer would see, and records a segment per step.
class TourCompiler {
public:
    TourCompiler(TourPlayer& player, const TourStart& start, const CountryTable* countries, const std::string& file,
                 TourDataLoader loader)
        : m_player(player), m_countries(countries), m_file(file), m_loader(std::move(loader)), m_frame(start.frame) {
        m_view.filter = start.filter;
        m_view.projection = start.projection;
        m_view.theme = start.theme;
        m_view.lang = start.lang;
        setProjection(start.projection);
    }

    void compile(const Tour& tour) {
        for (size_t i = 0; i < tour.steps.size(); ++i) {
            m_view.step_index = i;
            try {
                step(tour.steps[i]);
            } catch (const FilterSpecError& error) {
                m_problems.push_back({m_file, tour.steps[i].line, "filter: " + std::string(error.what())});
            } catch (const DataError& error) {
                // A data step's own files: their problems, then where the tour loads them.
                m_problems.insert(m_problems.end(), error.problems().begin(), error.problems().end());
                m_problems.push_back({m_file, tour.steps[i].line, "the data of this step cannot be loaded"});
            }
        }
        if (!m_problems.empty()) throw DataError(std::move(m_problems));
        m_player.m_duration = m_time;
    }

private:
    const DataSet& data() const { return *m_player.m_data[m_view.data_index]; }

    void setProjection(const ProjectionSpec& spec) {
        const ProjectionInfo* info = findProjection(spec.id);
        m_kind = info ? info->kind : ProjectionKind::World;
        m_base = spec;
        m_view.kind = m_kind;
        const Projection projection(spec);
        m_camera = overviewCamera(projection, m_kind);
        m_view.projection = cameraProjection(m_base, m_kind, m_camera);
    }

    void add(double seconds, const Camera& to, double fly, std::optional<size_t> growing = {}) {
        TourPlayer::Segment segment;
        segment.start = m_time;
        segment.end = m_time + seconds;
        segment.view = m_view;
        segment.view.camera = m_camera;
        segment.camera_to = to;
        segment.fly_seconds = fly;
        segment.growing_link = growing;
        m_player.m_segments.push_back(std::move(segment));
        m_time += seconds;
        m_camera = to;
    }

    std::optional<std::string> cityId(const TourStep& step, const std::string& name) {
        const std::optional<std::string> id = findCityId(data(), name);
        if (!id)
            m_problems.push_back(
                {m_file, step.line, "no city '" + name + "' in the data; use its name or id as in the data"});
        return id;
    }

    std::optional<size_t> stopPartnership(const TourStep& step) {
        const std::optional<std::string> partner = cityId(step, step.city);
        if (!partner) return std::nullopt;
        std::optional<std::string> home;
        if (!step.home.empty()) {
            home = findHomeCityId(data(), step.home);
            if (!home) {
                m_problems.push_back({m_file, step.line, "no home city '" + step.home + "' in the data"});
                return std::nullopt;
            }
        }
        std::vector<size_t> matches;
        for (size_t index : filterPartnerships(data(), m_view.filter)) {
            const Partnership& partnership = data().partnerships[index];
            if (partnership.partner_id == *partner && (!home || partnership.home_id == *home)) matches.push_back(index);
        }
        if (matches.empty()) {
            m_problems.push_back({m_file, step.line,
                                  "no visible partnership with '" + step.city + "'" + (home ? " of " + step.home : "") +
                                      "; check the filter of the tour"});
            return std::nullopt;
        }
        if (matches.size() > 1) {
            m_problems.push_back({m_file, step.line,
                                  "'" + step.city + "' is a partner of " + joinedNames(data(), matches) +
                                      "; add \"home\" to say which partnership"});
            return std::nullopt;
        }
        return matches.front();
    }

    void step(const TourStep& step) {
        m_view.card.reset();
        m_view.caption_title.clear();
        m_view.caption_text.clear();
        m_view.highlighted_link.reset();
        m_view.link_appearance.clear();
        m_view.only_listed_links = false;
        m_view.timeline_position.reset();
        m_view.show_facts = false;
        switch (step.kind) {
            case TourStep::Kind::Data: {
                if (!m_loader) throw DataError(Problem{m_file, step.line, "data steps need files next to the tour"});
                m_player.m_data.push_back(std::make_shared<const DataSet>(m_loader(step.files)));
                m_view.data_index = m_player.m_data.size() - 1;
                m_view.filter = {};
                break;
            }
            case TourStep::Kind::Filter:
                if (!m_countries) throw DataError(Problem{m_file, step.line, "filters need the country table"});
                m_view.filter = resolveFilterSpec(step.filter, data(), *m_countries);
                break;
            case TourStep::Kind::Projection: {
                ProjectionSpec spec = m_base;
                spec.id = step.projection;
                if (step.centre) spec.centre = *step.centre;
                setProjection(spec);
                break;
            }
            case TourStep::Kind::Theme:
                m_view.theme = *parseThemeId(step.theme);
                break;
            case TourStep::Kind::Language:
                m_view.lang = step.lang;
                break;
            case TourStep::Kind::Overview: {
                const Camera target = overviewCamera(Projection(m_base), m_kind);
                add(step.fly_seconds + step.hold_seconds, target, step.fly_seconds);
                break;
            }
            case TourStep::Kind::FlyTo: {
                const std::optional<std::string> id = cityId(step, step.city);
                if (!id) break;
                const Camera target{data().findCity(*id)->position, step.zoom.value_or(4.0)};
                add(step.fly_seconds + step.hold_seconds, target, step.fly_seconds);
                break;
            }
            case TourStep::Kind::Stop: {
                const std::optional<size_t> index = stopPartnership(step);
                if (!index) break;
                const Partnership& partnership = data().partnerships[*index];
                const Camera target = cameraForLink(data().findCity(partnership.home_id)->position,
                                                    data().findCity(partnership.partner_id)->position, m_base, m_kind,
                                                    m_frame, kMaxLinkZoom, m_card_share);
                m_view.highlighted_link = *index;
                for (size_t other : filterPartnerships(data(), m_view.filter))
                    if (other != *index)
                        m_view.link_appearance[other] = appearanceNow(data().partnerships[other], 1.0f, kDimmedOpacity);
                m_view.card = partnershipCard(data(), *index, m_view.lang, m_countries, m_player.m_current_year);
                add(step.fly_seconds + step.hold_seconds, target, step.fly_seconds, *index);
                break;
            }
            case TourStep::Kind::Caption:
                m_view.caption_title = step.caption_title;
                m_view.caption_text = step.caption_text;
                add(step.hold_seconds, m_camera, 0);
                break;
            case TourStep::Kind::Wait:
                add(step.hold_seconds, m_camera, 0);
                break;
            case TourStep::Kind::Facts:
                m_view.show_facts = true;
                add(step.hold_seconds, m_camera, 0);
                break;
            case TourStep::Kind::Timeline: {
                const TimelineRange range =
                    timelineRange(data(), filterPartnerships(data(), m_view.filter), m_player.m_current_year);
                const double from = step.timeline_from.value_or(range.first_year);
                const double to = step.timeline_to.value_or(range.last_year) + 1.0;  // through the whole last year
                const double playing = (to - from) / step.years_per_second;
                m_view.only_listed_links = true;
                m_view.timeline_position = from;
                add(playing + kTimelineEndHold, m_camera, 0);
                TourPlayer::Segment& segment = m_player.m_segments.back();
                segment.timeline_from = from;
                segment.timeline_to = to - 1e-6;
                segment.timeline_years_per_second = step.years_per_second;
                break;
            }
            case TourStep::Kind::Screenshot:
                m_player.m_screenshots.push_back({m_time, step.screenshot});
                break;
        }
        m_view.projection = cameraProjection(m_base, m_kind, m_camera);
    }

    TourPlayer& m_player;
    const CountryTable* m_countries;
    std::string m_file;
    TourDataLoader m_loader;
    MapFrame m_frame;
    // Stops frame their partner left of the caption card, which takes this share of the width.
    double m_card_share = captionCardShare(
        m_frame.width, presentationScale(static_cast<int>(m_frame.width), static_cast<int>(m_frame.height)));
    TourView m_view;
    ProjectionSpec m_base;
    ProjectionKind m_kind = ProjectionKind::World;
    Camera m_camera;
    double m_time = 0;
    std::vector<Problem> m_problems;
};

TourPlayer::TourPlayer(const Tour& tour, std::shared_ptr<const DataSet> data, const TourStart& start,
                       const CountryTable* countries, const std::string& file_label, TourDataLoader loader)
    : m_title(tour.title), m_current_year(start.current_year) {
    m_data.push_back(std::move(data));
    TourCompiler(*this, start, countries, file_label, std::move(loader)).compile(tour);
}

TourView TourPlayer::viewAt(double seconds) const {
    if (m_segments.empty()) return {};
    seconds = std::clamp(seconds, 0.0, m_duration);
    auto it = std::upper_bound(m_segments.begin(), m_segments.end(), seconds,
                               [](double t, const Segment& segment) { return t < segment.start; });
    const Segment& segment = it == m_segments.begin() ? m_segments.front() : *std::prev(it);
    TourView view = segment.view;
    const double local = seconds - segment.start;
    const double flight = segment.fly_seconds > 0 ? std::clamp(local / segment.fly_seconds, 0.0, 1.0) : 1.0;
    view.camera = interpolateCamera(segment.view.camera, segment.camera_to, flight);
    view.projection = cameraProjection(segment.view.projection, view.kind, view.camera);
    if (segment.growing_link) {
        // The link draws itself during the second half of the flight, from the home city out.
        const double growth = std::clamp((flight - 0.4) / 0.6, 0.0, 1.0);
        view.link_appearance[*segment.growing_link] = appearanceNow(
            m_data[view.data_index]->partnerships[*segment.growing_link], static_cast<float>(growth), 1.0f);
        if (flight < 1.0) view.card.reset();
    }
    if (segment.timeline_from) {
        const double position =
            std::min(*segment.timeline_from + local * segment.timeline_years_per_second, *segment.timeline_to);
        view.timeline_position = position;
        const DataSet& data = *m_data[view.data_index];
        view.link_appearance =
            timelineAppearance(data, filterPartnerships(data, view.filter), position, m_current_year);
    }
    return view;
}

double TourPlayer::nextStopTime(double seconds) const {
    for (const Segment& segment : m_segments)
        if (segment.start > seconds + 1e-9) return segment.start;
    return m_duration;
}

double TourPlayer::nextHoldTime(double seconds) const {
    for (const Segment& segment : m_segments) {
        const double hold = segment.end - kHoldBeforeEnd;
        if (hold > segment.start && hold > seconds + 1e-9) return hold;
    }
    return m_duration;
}

double TourPlayer::previousHoldTime(double seconds) const {
    double previous = 0;
    for (const Segment& segment : m_segments) {
        const double hold = segment.end - kHoldBeforeEnd;
        if (hold >= seconds - 1e-9) break;
        if (hold > segment.start) previous = hold;
    }
    return previous;
}

}  // namespace pm
