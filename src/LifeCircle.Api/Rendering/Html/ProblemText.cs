using LifeCircle.Core.Problems;

namespace LifeCircle.Api.Rendering.Html;

/// <summary>The problem types in Chinese, for the error pages and the problem-type pages; in English they read as problem-types.json has them.</summary>
/// <remarks>A problem's detail names the request's own values and stays as the API wrote it (English); its type's title, meaning and remedy are translated here.</remarks>
public static class ProblemText
{
    private static readonly Dictionary<string, (string Title, string Meaning, string Remedy)> Chinese = new(StringComparer.Ordinal)
    {
        ["invalid-parameter"] = ("参数无效",
            "查询参数或路径参数的值不被此资源接受，或此资源不认识该参数（参数从不被忽略），或参数为空、重复给出。问题中的 parameter 指出是哪个参数，detail 列出允许的值。",
            "更正或删去 parameter 指出的参数；API 定义（/api/openapi.json）列出每个资源的参数。"),
        ["not-authorized"] = ("未授权",
            "导入请求没有带本部署的导入密钥，或密钥不对。",
            "在 X-Import-Key 请求头中发送密钥；只有本部署的运维人员持有它。"),
        ["imports-disabled"] = ("导入已关闭",
            "本部署不接受通过 HTTP 导入：没有配置导入密钥。",
            "用命令行工具导入（lifecircle import），或请运维人员设置导入密钥。"),
        ["not-found"] = ("未找到",
            "此路径下没有资源：区县、数据集合、要素、文件或路由不存在，或所指的数据版本未发布（或发布时不含所请求的内容）。",
            "对照区县首页（/api/districts/{code}）及其链接检查路径；/api/districts 列出所有区县。"),
        ["method-not-allowed"] = ("不允许此请求方法",
            "路径存在，但不响应此 HTTP 方法：读取只用 GET，导入只用 POST。",
            "使用 Allow 响应头列出的方法。"),
        ["not-acceptable"] = ("无法提供所要求的格式",
            "Accept 请求头不允许此资源所提供的任何一种媒体类型。",
            "接受 detail 列出的某种媒体类型，或加 f= 明确选择格式。"),
        ["content-too-large"] = ("内容过大",
            "请求体超过本部署接受的大小（导入：默认 100 MiB）。",
            "发送较小的数据包：拆分区县的图层，或删去不用的文件。"),
        ["uri-too-long"] = ("网址过长",
            "请求目标（路径与查询）超过 8 KiB。",
            "减少或缩短参数；较长的 CQL2 筛选条件往往可以写得更短，或改用 cql2-json。"),
        ["unsupported-media-type"] = ("不支持的媒体类型",
            "请求体的格式不是此操作所读取的（OGC API 流程的执行请求为 application/json）。",
            "按 API 定义中该操作指定的 Content-Type 发送请求体，例如 Content-Type: application/json。"),
        ["invalid-package"] = ("数据包无效",
            "导入的数据包有问题：detail 逐一列出每个问题所在的文件、行或要素、字段与值。",
            "逐一修正列出的问题（lifecircle validate 可离线列出同样的问题），然后重新导入。"),
        ["request-headers-too-large"] = ("请求头过大",
            "请求头合计超过 32 KiB。",
            "减少或缩短请求头（通常是 Cookie 过大）。"),
        ["internal-error"] = ("服务器内部错误",
            "服务器在应答一个本应能应答的请求时出错：这是 API 的故障，不是请求的问题。",
            "稍后重试；如果问题持续，请把 detail 中的追踪编号（trace id）报告给本部署的运维人员。"),
        ["storage-unavailable"] = ("存储不可用",
            "API 暂时连不上它的存储，内存中也没有此请求所需的数据。已在内存中的数据版本照常提供，并以 X-Storage-Status 响应头标明。",
            "等待 Retry-After 响应头给出的秒数后重试。"),
        ["request-budget-exceeded"] = ("超出单次请求的时限",
            "应答所需的时间超过单个匿名请求可用的时间（默认 2 秒）。",
            "缩小请求（更小的 bbox、更简单的筛选条件、更小的 limit），或在 Retry-After 给出的秒数后重试。"),
        ["layer-being-computed"] = ("图层正在计算",
            "所请求的数据集合（等时圈）不预先存储，而是在首次请求时由该数据版本已发布的图层计算，计算时间超过了单个请求可以等待的时间（默认 10 秒）。计算会继续进行，其间的请求共用同一次计算。",
            "在 Retry-After 给出的秒数后重试；计算完成后，该图层直接从内存提供。"),
    };

    /// <summary>What to do when an answer looks wrong, in Chinese (the list of problem types says it in English).</summary>
    public const string ReportingZh =
        "API 客户端收到的错误是 application/problem+json（RFC 9457），浏览器收到的是错误页面；两者都指向下列某一类错误的说明。"
        + "如果回答看起来有误，或出现 500 错误，那是 API 的故障：请把请求的网址和 500 错误 detail 中的追踪编号报告给本部署的运维人员。";

    /// <summary>A problem type's title, meaning and remedy in the page's language.</summary>
    public static (string Title, string Meaning, string Remedy) Of(ProblemType type, string lang) =>
        lang == Languages.Chinese && Chinese.TryGetValue(type.Slug, out var zh) ? zh : (type.Title, type.Meaning, type.Remedy);

    /// <summary>Whether every problem type has its Chinese text (a new type added to problem-types.json needs one).</summary>
    public static IEnumerable<string> Untranslated => ProblemTypes.All.Select(t => t.Slug).Where(s => !Chinese.ContainsKey(s));
}
