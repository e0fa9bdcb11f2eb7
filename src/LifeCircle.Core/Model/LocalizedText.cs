namespace LifeCircle.Core.Model;

/// <summary>A text in Chinese and English.</summary>
public sealed record LocalizedText(string Zh, string En);
