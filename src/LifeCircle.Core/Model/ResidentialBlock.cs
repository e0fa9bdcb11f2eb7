using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Model;

/// <summary>A residential block (居住街坊): where residents start their walk.</summary>
/// <param name="Community">Code of the community the block belongs to.</param>
/// <param name="Geometry">Polygon or point in CRS84.</param>
public sealed record ResidentialBlock(
    string Id,
    string Community,
    int Population,
    double ElderlyShare,
    Geometry Geometry,
    Provenance Provenance);
