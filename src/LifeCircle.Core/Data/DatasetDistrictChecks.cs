using System.Globalization;
using LifeCircle.Core.Model;

namespace LifeCircle.Core.Data;

/// <summary>Checks the district as dataset.json states it against itself and the layers: one district code, and a population the blocks account for.</summary>
public static class DatasetDistrictChecks
{
    /// <summary>How far (as a share) the blocks' residents may differ from district.population before a warning: census and registers differ by a few percent.</summary>
    public const double PopulationTolerance = 0.10;

    /// <summary>The problems of <paramref name="d"/>, a completed dataset (its blocks derived when the package has none); <paramref name="blocksDerived"/> says whether they were.</summary>
    public static IEnumerable<DatasetProblem> Validate(Dataset d, DatasetChecks.RecordLocator at, bool blocksDerived = false)
    {
        string code = d.District.Code;
        if (d.Metadata.DistrictCode != code)
        {
            yield return new DatasetProblem(DatasetFiles.Descriptor, "metadata.districtCode",
                $"is '{d.Metadata.DistrictCode}', but district.code is '{code}': the package would be published as district '{code}', so one of them is wrong")
            {
                Hint = "give both the district's 6-digit division code, the same in metadata.districtCode and district.code",
            };
        }

        // Division codes (9 or 12 digits) begin with their district's 6 digits; areas of which none does belong to another district.
        var division = d.Areas.Where(a => a.Code.Length is 9 or 12 && a.Code.All(char.IsAsciiDigit)).ToList();
        if (code.Length == 6 && division.Count > 0 && !division.Any(a => a.Code.StartsWith(code, StringComparison.Ordinal)))
        {
            var other = division.GroupBy(a => a.Code[..6]).OrderByDescending(g => g.Count()).First();
            yield return new DatasetProblem(ProblemRoots.FileName(at, DatasetFiles.Areas), "id",
                $"the area codes begin with '{other.Key}' ({other.Count()} of {d.Areas.Count}, e.g. '{other.First().Code}'), not with district.code '{code}' of dataset.json",
                ProblemSeverity.Warning)
            {
                Hint = $"check district.code in dataset.json, or whether the areas are those of district '{other.Key}'",
            };
        }

        int residents = d.Blocks.Sum(b => b.Population);
        int declared = d.District.Population;
        if (residents > 0 && declared > 0 && Math.Abs(residents - declared) > declared * PopulationTolerance)
        {
            string held = blocksDerived ? $"the areas' communities and villages (the blocks derived from {ProblemRoots.FileName(at, DatasetFiles.Areas)})" : $"the blocks of {ProblemRoots.FileName(at, DatasetFiles.Blocks)}";
            yield return new DatasetProblem(DatasetFiles.Descriptor, "district.population", string.Create(CultureInfo.InvariantCulture,
                $"is {declared:N0}, but {held} hold {residents:N0} residents ({(double)residents / declared:P1} of it; more than {PopulationTolerance:P0} apart): the district's coverage figures count those {residents:N0} only"),
                ProblemSeverity.Warning)
            {
                Hint = residents < declared
                    ? "add the areas (and their populations) the package leaves out, or, if it covers part of the district on purpose, say so in the description"
                    : "check district.population and the areas' or blocks' populations (counted twice?)",
            };
        }
    }
}
