using LifeCircle.Core.Model;

namespace LifeCircle.Core.Documents;

/// <summary>Names in Chinese and English of what coverage figures are about: the district, its areas, themes and categories.</summary>
/// <remarks>Files and charts print names beside codes; the JSON keeps codes only, which the definitions resources name.</remarks>
public sealed record CoverageLabels(
    LocalizedText District,
    IReadOnlyDictionary<string, LocalizedText> Areas,
    IReadOnlyDictionary<string, LocalizedText> Themes,
    IReadOnlyDictionary<string, LocalizedText> Categories)
{
    /// <summary>The area's names; its code in both languages when the dataset names it nowhere.</summary>
    public LocalizedText Area(string id) => Areas.GetValueOrDefault(id) ?? new LocalizedText(id, id);

    /// <summary>The theme's names, or its id in both languages.</summary>
    public LocalizedText Theme(string id) => Themes.GetValueOrDefault(id) ?? new LocalizedText(id, id);

    /// <summary>The category's names, or its code in both languages.</summary>
    public LocalizedText Category(string code) => Categories.GetValueOrDefault(code) ?? new LocalizedText(code, code);
}

/// <summary>Picks the text of one language.</summary>
public static class LocalizedTexts
{
    /// <summary>The Chinese text for "zh", the English one otherwise.</summary>
    public static string In(this LocalizedText text, string language) => language == "zh" ? text.Zh : text.En;
}
