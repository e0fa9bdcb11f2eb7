using LifeCircle.Core.Model;

namespace LifeCircle.Cli.Sample;

/// <summary>Illustrative residential blocks: street-grid cells in the circles, one point block per outlying community.</summary>
public static class HainanBlocks
{
    public static IReadOnlyList<ResidentialBlock> Build(HainanLayout layout, IReadOnlyList<Area> areas, SampleRandom random)
    {
        var blocks = new List<ResidentialBlock>();
        foreach (var part in HainanLayout.Parts)
        {
            var cells = layout.Cells.Where(c => c.Part == part).ToList();
            var weights = cells.Select(_ => random.Between(0.5, 1.5)).ToArray();
            var people = Apportion(part.Population, weights);
            double share = HainanAreas.Elderly(part.Community);
            var elderly = Apportion((int)Math.Round(part.Population * share), people.Select(p => p * random.Between(0.7, 1.3)).ToArray());
            for (int i = 0; i < cells.Count; i++)
            {
                blocks.Add(new ResidentialBlock($"blk-{cells[i].Key}", part.Community, people[i],
                    people[i] == 0 ? 0 : Math.Round((double)elderly[i] / people[i], 4), layout.Polygon(cells[i].Block), Provenance.Illustrative));
            }
        }

        foreach (var area in areas.Where(a => a.Kind is AreaKinds.Community or AreaKinds.Village && a.Geometry is not null))
        {
            if (HainanLayout.Parts.Any(p => p.Community == area.Code))
            {
                continue;
            }

            var centre = area.Geometry!.Centroid;
            blocks.Add(new ResidentialBlock($"blk-{area.Code}", area.Code, area.Population, area.ElderlyShare,
                Core.Data.GeoJson.Point(centre.X, centre.Y), Provenance.Illustrative));
        }

        return blocks;
    }

    /// <summary>Splits a whole total in proportion to weights, by largest remainder, so the parts add up exactly.</summary>
    public static int[] Apportion(int total, IReadOnlyList<double> weights)
    {
        double sum = weights.Sum();
        var exact = weights.Select(w => total * w / sum).ToArray();
        var parts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        int left = total - parts.Sum();
        foreach (int i in Enumerable.Range(0, parts.Length).OrderByDescending(i => exact[i] - parts[i]).ThenBy(i => i).Take(left))
        {
            parts[i]++;
        }

        return parts;
    }
}
