namespace LifeCircle.Core.Model;

/// <summary>A district (county-level division) that publishes its life circles.</summary>
/// <param name="Code">Six-digit administrative code, e.g. 150303.</param>
/// <param name="Population">Resident population.</param>
/// <param name="PopulationSource">Citation of the population figure.</param>
public sealed record District(string Code, LocalizedText Name, int Population, string PopulationSource);
