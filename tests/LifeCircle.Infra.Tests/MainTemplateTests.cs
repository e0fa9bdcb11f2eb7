using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LifeCircle.Storage;
using LifeCircle.Tests.Shared;

namespace LifeCircle.Infra.Tests;

public class MainTemplateTests
{
    private const string TableDataReader = "76199698-9eea-4c19-bc75-cec21354c6b6";
    private const string TableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string BlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string MetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    private static JsonObject AppSettings() =>
        Bicep.Resources(Bicep.Module("api")).Single(r => r["type"]!.GetValue<string>() == "Microsoft.Web/sites/config")["properties"]!.AsObject();

    [Fact]
    public void TheTemplatesBuildAndLintWithoutASingleDiagnostic()
    {
        var build = Bicep.Run("build", Bicep.MainFile, "--stdout");
        var lint = Bicep.Run("lint", Bicep.MainFile);
        Assert.Equal((0, ""), (build.Code, build.Stderr.Trim()));
        Assert.Equal((0, ""), (lint.Code, (lint.Stdout + lint.Stderr).Trim()));
    }

    [Fact]
    public void LinterWarningsAreConfiguredAsErrors()
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "infra", "bicepconfig.json")))!;
        var rules = config["analyzers"]!["core"]!["rules"]!.AsObject();
        Assert.True(rules.Count >= 30);
        Assert.All(rules, r => Assert.Equal("error", r.Value!["level"]!.GetValue<string>()));
    }

    [Fact]
    public void TheCompiledTemplateHoldsNoKeysOrStorageConnectionStrings()
    {
        var json = Bicep.Template.ToJsonString();
        foreach (var forbidden in new[] { "listKeys", "AccountKey", "DefaultEndpointsProtocol", "SharedAccessSignature", "listAccountSas", "listServiceSas" })
        {
            Assert.DoesNotContain(forbidden, json, StringComparison.OrdinalIgnoreCase);
        }

        // The one connection-string-named setting is Application Insights', which carries no credential once local auth is off.
        Assert.Equal(["APPLICATIONINSIGHTS_CONNECTION_STRING"],
            AppSettings().Select(kv => kv.Key).Where(k => k.Contains("ConnectionString", StringComparison.OrdinalIgnoreCase)
                || k.Contains("CONNECTION_STRING", StringComparison.Ordinal) || k == "AzureWebJobsStorage"));
        Assert.Equal("managedidentity", AppSettings()["AzureWebJobsStorage__credential"]!.GetValue<string>());
    }

    [Fact]
    public void StorageIsKeylessWithTls12AndNoPublicBlobs()
    {
        var account = Assert.Single(Bicep.OfType(Bicep.Module("storage"), "Microsoft.Storage/storageAccounts"))["properties"]!;
        Assert.False(account["allowSharedKeyAccess"]!.GetValue<bool>());
        Assert.False(account["allowBlobPublicAccess"]!.GetValue<bool>());
        Assert.Equal("TLS1_2", account["minimumTlsVersion"]!.GetValue<string>());
    }

    [Fact]
    public void MonitoringHasLocalAuthenticationDisabled()
    {
        var monitoring = Bicep.Module("monitoring");
        Assert.True(Assert.Single(Bicep.OfType(monitoring, "Microsoft.Insights/components"))["properties"]!["DisableLocalAuth"]!.GetValue<bool>());
        Assert.True(Assert.Single(Bicep.OfType(monitoring, "Microsoft.OperationalInsights/workspaces"))["properties"]!["features"]!["disableLocalAuth"]!.GetValue<bool>());
    }

    [Fact]
    public void EachIdentityHoldsOnlyTheRolesItNeedsAndTheApiOnlyReadsTables()
    {
        var rbac = Bicep.Module("rbac");
        var roleIds = rbac["variables"]!["roles"]!.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<string>());
        var held = Bicep.OfType(rbac, "Microsoft.Authorization/roleAssignments")
            .Select(r => (
                Principal: r["properties"]!["principalId"]!.GetValue<string>(),
                Role: roleIds[Regex.Match(r["properties"]!["roleDefinitionId"]!.GetValue<string>(), @"variables\('roles'\)\.(\w+)").Groups[1].Value],
                Name: r["name"]!.GetValue<string>()))
            .ToList();

        string[] RolesOf(string who) => held.Where(h => h.Principal.Contains(who, StringComparison.Ordinal)).Select(h => h.Role).Order().ToArray();

        Assert.Equal([TableDataReader], RolesOf("apiIdentityName"));
        Assert.Equal(new[] { BlobDataOwner, MetricsPublisher }.Order(), RolesOf("hostIdentityName"));
        Assert.Equal([TableDataContributor], RolesOf("importerPrincipalId"));
        Assert.Equal([TableDataContributor], RolesOf("importIdentityName"));
        Assert.Equal(5, held.Count);
        Assert.All(held, h => Assert.StartsWith("[guid(", h.Name));
    }

    [Fact]
    public void EverySettingTheCodeReadsInAzureIsSetAndTheLocalConnectionStringIsNot()
    {
        var settings = AppSettings();
        var read = typeof(StorageSettings).GetProperties().Select(p => $"LifeCircle__Storage__{p.Name}")
            .Concat(typeof(LifeCircle.Api.ImportSettings).GetProperties().Select(p => $"LifeCircle__Import__{p.Name}")).ToList();
        foreach (var name in read.Where(n => !n.EndsWith("__ConnectionString", StringComparison.Ordinal)))
        {
            Assert.True(settings.ContainsKey(name), $"{name} is read by the code but not set by the template");
        }

        Assert.False(settings.ContainsKey("LifeCircle__Storage__ConnectionString"));
        Assert.True(read.Count >= 7, "StorageSettings and ImportSettings should expose the settings this test checks");
    }

    [Fact]
    public void TheTemplateCreatesExactlyTheTablesTheStoreUses()
    {
        var source = File.ReadAllText(Bicep.MainFile);
        var listed = Regex.Match(source, @"for table in \[([^\]]*)\]").Groups[1].Value
            .Split(',').Select(t => t.Trim().Trim('\'')).ToArray();
        Assert.Equal(new TableNames("").All, listed);
        Assert.Contains("'lc'", Regex.Match(source, @"param tablePrefix string = '[^']*'").Value);
        Assert.Equal("lc", new StorageSettings().TablePrefix);
    }

    [Fact]
    public void TheFunctionAppIsFlexConsumptionDotnetIsolatedOnTheTargetFrameworkWithOpenCorsWithoutCredentials()
    {
        var api = Bicep.Module("api");
        var plan = Assert.Single(Bicep.OfType(api, "Microsoft.Web/serverfarms"));
        Assert.Equal("FlexConsumption", plan["sku"]!["tier"]!.GetValue<string>());
        var site = Assert.Single(Bicep.OfType(api, "Microsoft.Web/sites"))["properties"]!;
        var runtime = site["functionAppConfig"]!["runtime"]!;
        Assert.Equal("dotnet-isolated", runtime["name"]!.GetValue<string>());
        Assert.Equal(Environment.Version.Major + ".0", runtime["version"]!.GetValue<string>());
        var cors = site["siteConfig"]!["cors"]!;
        Assert.Equal(["*"], cors["allowedOrigins"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.False(cors["supportCredentials"]!.GetValue<bool>());
        Assert.True(site["httpsOnly"]!.GetValue<bool>());
    }

    [Fact]
    public void TheOutputsAndParametersTheReadmeNamesExist()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        foreach (var output in Bicep.Template["outputs"]!.AsObject().Select(o => o.Key))
        {
            Assert.Contains(output, readme);
        }

        var parameters = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "infra", "main.parameters.json")))!["parameters"]!.AsObject();
        foreach (var (name, value) in parameters)
        {
            Assert.True(Bicep.Template["parameters"]!.AsObject().ContainsKey(name), $"main.parameters.json sets unknown parameter {name}");
            var variable = Regex.Match(value!["value"]!.GetValue<string>(), @"\$\{(\w+)").Groups[1].Value;
            if (!variable.StartsWith("AZURE_", StringComparison.Ordinal))
            {
                Assert.Contains(variable, readme);
            }
        }
    }
}
