using LifeCircle.Core.Model;

namespace LifeCircle.Core.Documents;

/// <summary>One row of the tidy coverage table: one figure of one area in one scenario, with names beside codes.</summary>
/// <param name="Figure">"circle" (every basic category within its own level), "circle-within-15", "theme" or "category".</param>
/// <param name="Threshold">Minutes for category and circle-within-15 rows; null where each category counts at its own level.</param>
/// <param name="Elderly">Elderly residents rounded to whole people (half away from zero); null where the figure has none.</param>
public sealed record CoverageRow(
    string Area, string AreaKind, LocalizedText AreaName, string Scenario, string Figure,
    string? Theme, LocalizedText? ThemeName, string? Category, LocalizedText? CategoryName, int? Threshold,
    int Residents, int ResidentsReached, double? Share,
    long? Elderly, long? ElderlyReached, double? ElderlyShare,
    int? Facilities, double? MedianMinutes, double? P90Minutes);

/// <summary>Flattens a coverage document into tidy rows, in the order the document lists its figures (per area: headline, themes, categories).</summary>
public static class CoverageTable
{
    public const string Circle = "circle";
    public const string CircleWithin15 = "circle-within-15";
    public const string ThemeFigure = "theme";
    public const string CategoryFigure = "category";

    public static IReadOnlyList<CoverageRow> Rows(CoverageDocument d)
    {
        var labels = d.Labels ?? new CoverageLabels(new LocalizedText(d.District, d.District), new Dictionary<string, LocalizedText>(),
            new Dictionary<string, LocalizedText>(), new Dictionary<string, LocalizedText>());
        var theme = d.Filters.Theme;
        var rows = new List<CoverageRow>();
        foreach (var area in d.Headlines.Select(h => h.Area).Concat(d.Themes.Select(t => t.Area)).Concat(d.Categories.Select(c => c.Area)).Distinct())
        {
            foreach (var h in d.Headlines.Where(h => h.Area == area))
            {
                rows.Add(new(h.Area, h.AreaKind, labels.Area(h.Area), h.Scenario, Circle, null, null, null, null, null,
                    h.Residents, h.ResidentsComplete, h.Share, People(h.Elderly), People(h.ElderlyComplete), h.ElderlyShare, null, null, null));
                rows.Add(new(h.Area, h.AreaKind, labels.Area(h.Area), h.Scenario, CircleWithin15, null, null, null, null, 15,
                    h.Residents, h.ResidentsWithin15, h.ShareWithin15, null, null, null, null, null, null));
            }

            foreach (var t in d.Themes.Where(t => t.Area == area))
            {
                rows.Add(new(t.Area, t.AreaKind, labels.Area(t.Area), t.Scenario, ThemeFigure, t.Theme, labels.Theme(t.Theme), null, null, null,
                    t.Residents, t.ResidentsComplete, t.Share, null, null, null, null, null, null));
            }

            foreach (var c in d.Categories.Where(c => c.Area == area))
            {
                rows.Add(new(c.Area, c.AreaKind, labels.Area(c.Area), c.Scenario, CategoryFigure,
                    theme, theme is null ? null : labels.Theme(theme), c.Category, labels.Category(c.Category), c.Threshold,
                    c.Residents, c.ResidentsCovered, c.Share, People(c.Elderly), People(c.ElderlyCovered), c.ElderlyShare,
                    c.Facilities, c.MedianMinutes, c.P90Minutes));
            }
        }

        return rows;
    }

    /// <summary>Elderly counts are population × share, so fractional: a file gives whole people.</summary>
    public static long People(double count) => (long)Math.Round(count, MidpointRounding.AwayFromZero);
}
