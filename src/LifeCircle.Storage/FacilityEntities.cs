using Azure.Data.Tables;
using LifeCircle.Core.Data;
using LifeCircle.Core.Model;

namespace LifeCircle.Storage;

/// <summary>Maps facilities to table entities with one typed column per value, so the table is usable on its own (Storage Explorer, Power BI).</summary>
internal static class FacilityEntities
{
    private const string ThemeColumnPrefix = "Theme_";

    public static TableEntity ToEntity(string partitionKey, Facility f)
    {
        var e = new TableEntity(partitionKey, f.Id)
        {
            ["NameZh"] = f.Name.Zh,
            ["NameEn"] = f.Name.En,
            ["Category"] = f.Category,
            ["Themes"] = string.Join(',', f.Themes),
            ["Community"] = f.Community,
            ["Address"] = f.Address,
            ["Status"] = Vocabulary.Name(f.Status),
            ["Year"] = f.Year,
            ["Capacity"] = f.Capacity,
            ["Provenance"] = Vocabulary.Name(f.Provenance.Existence),
            ["PositionProvenance"] = Vocabulary.Name(f.Provenance.Position),
            ["FiguresProvenance"] = Vocabulary.Name(f.Provenance.Figures),
            ["Source"] = f.Provenance.Source,
            ["SourceCrs"] = f.Provenance.SourceCrs,
            ["Lon"] = f.Location.X,
            ["Lat"] = f.Location.Y,
        };
        foreach (var theme in f.Themes)
        {
            e[ThemeColumn(theme)] = true;
        }

        return e;
    }

    public static Facility FromEntity(TableEntity e)
    {
        var themes = e.GetString("Themes");
        return new Facility(
            e.RowKey,
            new LocalizedText(e.GetString("NameZh"), e.GetString("NameEn")),
            e.GetString("Category"),
            string.IsNullOrEmpty(themes) ? [] : themes.Split(','),
            e.GetString("Community"),
            e.GetString("Address"),
            Vocabulary.ParseStatus(e.GetString("Status")) ?? FacilityStatus.Existing,
            e.GetInt32("Year"),
            e.GetInt32("Capacity"),
            new Provenance(
                Vocabulary.ParseOrigin(e.GetString("Provenance")) ?? ValueOrigin.Illustrative,
                Vocabulary.ParseOrigin(e.GetString("PositionProvenance")) ?? ValueOrigin.Illustrative,
                Vocabulary.ParseOrigin(e.GetString("FiguresProvenance")) ?? ValueOrigin.Illustrative,
                e.GetString("Source"),
                e.GetString("SourceCrs")),
            GeoJson.Point(e.GetDouble("Lon") ?? 0, e.GetDouble("Lat") ?? 0));
    }

    /// <summary>The boolean column that marks membership of a theme, e.g. Theme_elderly_care.</summary>
    public static string ThemeColumn(string themeId)
    {
        var column = ThemeColumnPrefix + themeId.Replace('-', '_');
        foreach (char c in column)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                throw new ArgumentException($"Theme id '{themeId}' may hold only ASCII letters, digits and '-'.", nameof(themeId));
            }
        }

        return column;
    }
}
