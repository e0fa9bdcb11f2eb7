using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace LifeCircle.LocalHost;

/// <summary>Maps HTTP-triggered function methods onto ASP.NET Core endpoints, binding parameters the way the Functions worker does.</summary>
public static class FunctionEndpoints
{
    /// <summary>The Functions host's default route prefix (host.json extensions.http.routePrefix).</summary>
    public const string RoutePrefix = "api";

    public static IEndpointRouteBuilder MapFunctions(this IEndpointRouteBuilder endpoints, Assembly assembly)
    {
        foreach (var function in FunctionRoute.Discover(assembly))
        {
            var parameters = function.Method.GetParameters();
            endpoints.MapMethods($"{RoutePrefix}/{function.Route}", function.Methods, context => InvokeAsync(context, function.Method, parameters))
                .WithName(function.Name);
        }

        return endpoints;
    }

    /// <summary>One descriptor for every call: the results only read the HttpContext, and a new one costs a Guid per request.</summary>
    internal static readonly ActionDescriptor Descriptor = new();

    private static async Task InvokeAsync(HttpContext context, MethodInfo method, ParameterInfo[] parameters)
    {
        var target = ActivatorUtilitiesCache.Create(context.RequestServices, method.DeclaringType!);
        var args = new object?[parameters.Length];
        for (int i = 0; i < args.Length; i++)
        {
            args[i] = Bind(parameters[i], context);
        }

        var result = await (Task<IActionResult>)method.Invoke(target, args)!;
        await result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), Descriptor));
    }

    private static object? Bind(ParameterInfo parameter, HttpContext context) => parameter.ParameterType switch
    {
        var t when t == typeof(HttpRequest) => context.Request,
        var t when t == typeof(CancellationToken) => context.RequestAborted,
        var t when t == typeof(string) => context.Request.RouteValues.TryGetValue(parameter.Name!, out var v) ? v?.ToString() : null,
        var t => throw new NotSupportedException($"The local host cannot bind parameter '{parameter.Name}' of type {t.Name}."),
    };
}
