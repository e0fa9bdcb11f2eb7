using System.Reflection;
using LifeCircle.Api.Functions;
using Microsoft.Azure.Functions.Worker;

namespace LifeCircle.LocalHost;

/// <summary>One HTTP-triggered function as the Functions host would route it: name, methods, route template, method.</summary>
public sealed record FunctionRoute(string Name, IReadOnlyList<string> Methods, string Route, MethodInfo Method)
{
    /// <summary>False for the fallback, which answers only what no operation serves (404, 405, OPTIONS) and is not documented as one.</summary>
    public bool IsOperation => Name != FallbackFunctions.Name;

    /// <summary>Every public method with [Function] and an [HttpTrigger] parameter in the assembly.</summary>
    public static IReadOnlyList<FunctionRoute> Discover(Assembly assembly) =>
        assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .Select(m => (Method: m, Function: m.GetCustomAttribute<FunctionAttribute>(),
                Trigger: m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null)))
            .Where(x => x.Function is not null && x.Trigger is not null)
            .Select(x => new FunctionRoute(
                x.Function!.Name,
                (x.Trigger!.Methods ?? ["get", "post", "put", "delete", "patch", "head", "options"]).Select(v => v.ToUpperInvariant()).ToArray(),
                x.Trigger.Route ?? x.Function.Name,
                x.Method))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
}
