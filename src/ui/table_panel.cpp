#include "ui/table_panel.hpp"

#include "core/number_format.hpp"
#include "ui/i18n.hpp"
#include "ui/table_model.hpp"
#include "ui/widgets.hpp"

namespace pm::ui {

namespace {

std::vector<TableSortKey> sortKeys(const ImGuiTableSortSpecs* specs) {
    std::vector<TableSortKey> keys;
    if (!specs) return keys;
    for (int i = 0; i < specs->SpecsCount; ++i) {
        const ImGuiTableColumnSortSpecs& spec = specs->Specs[i];
        keys.push_back(
            {static_cast<TableColumn>(spec.ColumnUserID), spec.SortDirection != ImGuiSortDirection_Descending});
    }
    return keys;
}

void setupColumn(const char* key, std::string_view lang, TableColumn column, ImGuiTableColumnFlags flags = 0) {
    ImGui::TableSetupColumn(tr(key, lang), flags, 0.0f, static_cast<ImGuiID>(column));
}

}  // namespace

void drawTablePanel(AppState& state, const PanelContext& context) {
    if (!state.windows.table) return;
    const std::string& lang = state.ui_lang;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(340, display.y * 0.62f), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(720, display.y * 0.33f), ImGuiCond_FirstUseEver);
    if (ImGui::Begin(trId("window.table", lang, "table").c_str(), &state.windows.table)) {
        std::vector<TableRow>& rows = context.derived.rows;
        constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_Sortable | ImGuiTableFlags_SortMulti |
                                           ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                           ImGuiTableFlags_BordersV | ImGuiTableFlags_Resizable |
                                           ImGuiTableFlags_Hideable | ImGuiTableFlags_ScrollY;
        if (ImGui::BeginTable("##partnerships", 6, kFlags)) {
            ImGui::TableSetupScrollFreeze(0, 1);
            setupColumn("column.home", lang, TableColumn::Home, ImGuiTableColumnFlags_DefaultSort);
            setupColumn("column.partner", lang, TableColumn::Partner);
            setupColumn("column.country", lang, TableColumn::Country);
            setupColumn("column.type", lang, TableColumn::Type);
            setupColumn("column.since", lang, TableColumn::Since, ImGuiTableColumnFlags_WidthFixed);
            setupColumn("column.distance", lang, TableColumn::Distance, ImGuiTableColumnFlags_WidthFixed);
            ImGui::TableHeadersRow();
            // Sorted when the rows or the headers' order change, not in every frame.
            std::vector<TableSortKey> keys = sortKeys(ImGui::TableGetSortSpecs());
            if (context.derived.rows_sorted_by != keys) {
                sortRows(rows, keys);
                context.derived.rows_sorted_by = std::move(keys);
            }
            const bool german = lang != "en";
            ImGuiListClipper clipper;
            clipper.Begin(static_cast<int>(rows.size()));
            while (clipper.Step()) {
                for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
                    const TableRow& row = rows[static_cast<size_t>(r)];
                    ImGui::TableNextRow();
                    ImGui::TableNextColumn();
                    const bool selected = state.selection.partnership == row.index;
                    const std::string label = labelWithId(row.home, "row_" + std::to_string(row.index));
                    if (ImGui::Selectable(label.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns)) {
                        state.selection.partnership = row.index;
                        state.requests.fly_to_partnership = row.index;
                    }
                    recordItem(context, "table.row." + std::to_string(row.index));
                    ImGui::TableNextColumn();
                    textUnformatted(row.partner);
                    ImGui::TableNextColumn();
                    textUnformatted(row.country);
                    ImGui::TableNextColumn();
                    textUnformatted(row.type);
                    ImGui::TableNextColumn();
                    textUnformatted(row.since ? std::to_string(*row.since) : std::string("–"));
                    ImGui::TableNextColumn();
                    textUnformatted(formatDistanceKm(row.distance_km, german));
                }
            }
            ImGui::EndTable();
        }
    }
    ImGui::End();
}

}  // namespace pm::ui
