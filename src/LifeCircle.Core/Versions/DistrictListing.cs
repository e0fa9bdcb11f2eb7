using LifeCircle.Core.Publishing;

namespace LifeCircle.Core.Versions;

/// <summary>Every district with a current version: as storage lists them or, while it cannot be reached, as last listed (<see cref="StorageUnreachable"/>).</summary>
public sealed record DistrictListing(IReadOnlyList<PublishedDistrict> Districts, bool StorageUnreachable);
