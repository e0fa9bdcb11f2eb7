using System.CommandLine;
using LifeCircle.Cli.Sample;
using LifeCircle.Core.Data;

namespace LifeCircle.Cli.Commands;

/// <summary>generate-sample: writes the Hainan District sample package.</summary>
public static class GenerateSampleCommand
{
    public static Command Create(CliContext cli)
    {
        var output = new Option<string>("--out") { Description = "Folder to write", HelpName = "FOLDER", DefaultValueFactory = _ => Path.Combine("data", HainanSample.FolderName) };
        var command = new Command("generate-sample", "Write the Hainan District sample package (the same bytes every time)") { output };
        command.SetAction(parsed =>
        {
            var folder = parsed.GetValue(output)!;
            var dataset = HainanSample.Generate();
            DatasetFiles.Write(dataset, folder);
            cli.Output.WriteLine($"wrote {folder}: {dataset.Facilities.Count} facilities, {dataset.Areas.Count} areas, {dataset.Circles.Count} circles, " +
                                 $"{dataset.Blocks.Count} blocks, {dataset.Streets.Count} streets (fingerprint {DatasetFiles.Fingerprint(dataset)})");
            return ExitCodes.Ok;
        });
        return command;
    }
}

/// <summary>generate-synthetic: writes a synthetic load-test district.</summary>
public static class GenerateSyntheticCommand
{
    public static Command Create(CliContext cli)
    {
        var facilities = new Option<int>("--facilities") { Description = "Number of facilities, 1 to 1000000", HelpName = "N", Required = true };
        facilities.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1_000_000)
            {
                r.AddError("--facilities must be from 1 to 1000000");
            }
        });
        var output = new Option<string>("--out") { Description = "Folder to write", HelpName = "FOLDER", Required = true };
        var command = new Command("generate-synthetic", $"Write a synthetic load-test district (code {SyntheticDistrict.Code})") { facilities, output };
        command.SetAction(parsed =>
        {
            int count = parsed.GetValue(facilities);
            var folder = parsed.GetValue(output)!;
            DatasetFiles.Write(SyntheticDistrict.Generate(count), folder);
            cli.Output.WriteLine($"wrote {folder}: synthetic district {SyntheticDistrict.Code} with {count} facilities");
            return ExitCodes.Ok;
        });
        return command;
    }
}
