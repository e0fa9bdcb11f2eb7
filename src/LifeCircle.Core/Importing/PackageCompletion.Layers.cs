using LifeCircle.Core.Data;
using LifeCircle.Core.Data.Layers;
using LifeCircle.Core.Model;

namespace LifeCircle.Core.Importing;

public static partial class PackageCompletion
{
    /// <summary>Derives or defaults what records left out (see <see cref="Provenance.Defaulted"/>): values from other layers first, then declared or fixed defaults.</summary>
    private static Dataset Layers(Dataset d, Work work)
    {
        var areas = d.Areas.ToList();
        var blocks = d.Blocks.ToList();
        var parents = areas.Select(a => a.ParentCode).ToHashSet(StringComparer.Ordinal);

        Count(work, "areas", "parent_code", areas, a => a.Provenance, $"the district ({d.District.Code})", Declared(d, "areas", "parent_code"));
        Count(work, "areas", "kind", areas, a => a.Provenance, "subdistrict when other areas name it as parent, else community", Declared(d, "areas", "kind"));
        areas = [.. areas.Select(a => a with
        {
            ParentCode = a.Provenance.IsDefaulted("parent_code") ? Declared(d, "areas", "parent_code") ?? d.District.Code : a.ParentCode,
            Kind = a.Provenance.IsDefaulted("kind") ? Declared(d, "areas", "kind") ?? (parents.Contains(a.Code) ? AreaKinds.Subdistrict : AreaKinds.Community) : a.Kind,
        })];

        // Blocks without an elderly share take their community's, where it is given.
        var given = areas.Where(a => !a.Provenance.IsDefaulted("elderly_share")).ToDictionary(a => a.Code, a => a.ElderlyShare, StringComparer.Ordinal);
        int shares = 0;
        blocks = [.. blocks.Select(b =>
        {
            if (!b.Provenance.IsDefaulted("elderly_share") || !given.TryGetValue(b.Community, out double share))
            {
                return b;
            }

            shares++;
            return b with { ElderlyShare = share };
        })];
        work.Derive("blocks", "elderly_share", "its community's", shares);
        work.Derive("blocks", "elderly_share", "unknown, counted as 0 (elderly figures leave the block out)",
            blocks.Count(b => b.Provenance.IsDefaulted("elderly_share") && !given.ContainsKey(b.Community)));

        areas = AreaFigures(areas, blocks, work);
        var circles = Circles(d, blocks, work);
        Count(work, "streets", "kind", d.Streets, s => s.Provenance, LayerCodecs.DefaultStreetKind, Declared(d, "streets", "kind"));
        var streets = d.Streets.Select(s => s.Provenance.IsDefaulted("kind") ? s with { Kind = Declared(d, "streets", "kind") ?? LayerCodecs.DefaultStreetKind } : s).ToList();

        return d with
        {
            Areas = Origins(d, "areas", areas, a => a.Provenance, (a, p) => a with { Provenance = p }, work),
            Blocks = Origins(d, "blocks", blocks, b => b.Provenance, (b, p) => b with { Provenance = p }, work),
            Circles = Origins(d, "circles", circles, c => c.Provenance, (c, p) => c with { Provenance = p }, work),
            Streets = Origins(d, "streets", streets, s => s.Provenance, (s, p) => s with { Provenance = p }, work),
            Facilities = Origins(d, "facilities", d.Facilities, f => f.Provenance, (f, p) => f with { Provenance = p }, work),
        };
    }

    /// <summary>Population and elderly share of areas that leave them out: summed (weighted) from their blocks, a town's from its communities.</summary>
    private static List<Area> AreaFigures(List<Area> areas, List<ResidentialBlock> blocks, Work work)
    {
        var byCommunity = blocks.ToLookup(b => b.Community);
        (int People, double Elderly) Sum(Area a) => byCommunity[a.Code].Any()
            ? (byCommunity[a.Code].Sum(b => b.Population), byCommunity[a.Code].Sum(b => b.Population * b.ElderlyShare))
            : (areas.Where(c => c.ParentCode == a.Code).Sum(c => c.Population), areas.Where(c => c.ParentCode == a.Code).Sum(c => c.Population * c.ElderlyShare));

        Count(work, "areas", "population", areas, a => a.Provenance, "the sum of its blocks' (a town's: of its communities')", null);
        Count(work, "areas", "elderly_share", areas, a => a.Provenance, "weighted from its blocks (a town's: from its communities)", null);

        // Communities first, so that a town can add up its communities.
        foreach (var town in new[] { false, true })
        {
            areas = [.. areas.Select(a =>
            {
                if (byCommunity[a.Code].Any() == town)
                {
                    return a;
                }

                var (people, elderly) = Sum(a);
                return a with
                {
                    Population = a.Provenance.IsDefaulted("population") ? people : a.Population,
                    ElderlyShare = a.Provenance.IsDefaulted("elderly_share") && people > 0 ? Math.Round(elderly / people, 4) : a.ElderlyShare,
                };
            })];
        }

        return areas;
    }

    private static List<Circle> Circles(Dataset d, List<ResidentialBlock> blocks, Work work)
    {
        Count(work, "circles", "population", d.Circles, c => c.Provenance, "the sum of the blocks whose centre lies in it", null);
        Count(work, "circles", "area_km2", d.Circles, c => c.Provenance, "measured on its polygon, projected to metres", null);
        return [.. d.Circles.Select(c => c with
        {
            Population = c.Provenance.IsDefaulted("population") ? blocks.Where(b => c.Geometry.Covers(b.Geometry.Centroid)).Sum(b => b.Population) : c.Population,
            AreaKm2 = c.Provenance.IsDefaulted("area_km2") ? AreaKm2(c.Geometry) : c.AreaKm2,
        })];
    }

    /// <summary>Origins left out take the layer's declared origin (metadata.provenance.{layer}, when sourced or illustrative), else sourced.</summary>
    private static List<T> Origins<T>(Dataset d, string layer, IReadOnlyList<T> items, Func<T, Provenance> provenance, Func<T, Provenance, T> with, Work work)
    {
        var declared = d.Metadata.Provenance?.GetValueOrDefault(layer)?.Origin is { } o ? Vocabulary.ParseOrigin(o) : null;
        var origin = declared ?? ValueOrigin.Sourced;
        Count(work, layer, "provenance", items, provenance, declared is null ? "sourced (the default)" : $"{Vocabulary.Name(origin)}, as metadata.provenance.{layer} declares", null);
        Count(work, layer, "name_en", items, provenance, "the Chinese name", null);
        return [.. items.Select(item =>
        {
            var p = provenance(item);
            if (p.Defaulted is null)
            {
                return item;
            }

            return with(item, p with
            {
                Existence = p.IsDefaulted("provenance") ? origin : p.Existence,
                Position = p.IsDefaulted("position_provenance") ? origin : p.Position,
                Figures = p.IsDefaulted("figures_provenance") ? origin : p.Figures,
                Defaulted = null,
            });
        })];
    }

    private static void Count<T>(Work work, string layer, string property, IReadOnlyList<T> items, Func<T, Provenance> provenance, string how, string? declared)
    {
        // The three origins are counted once, under "provenance".
        string[] names = property == "provenance" ? ["provenance", "position_provenance", "figures_provenance"] : [property];
        int n = items.Count(i => names.Any(provenance(i).IsDefaulted));
        work.Derive(layer, property, n > 0 ? declared is null ? how : $"'{declared}', as metadata.defaults.{layer}.{property} declares" : "", n);
    }
}
