namespace LifeCircle.Core.Model;

/// <summary>A themed circle (e.g. elderly care), led by a bureau and served by facility categories.</summary>
/// <param name="Id">Stable identifier, e.g. "elderly-care".</param>
/// <param name="LeadBureau">The bureau that leads the theme, or null where the source names none.</param>
/// <param name="CategoryCodes">Facility categories that make up the theme.</param>
public sealed record Theme(string Id, LocalizedText Name, LocalizedText? LeadBureau, IReadOnlyList<string> CategoryCodes);
