using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;
using JsEngine = Jint.Engine;

namespace Claims.Workflows.Expressions;

/// <summary>
/// Jint in strict mode with time, memory, statement and recursion limits. Data crosses the boundary as
/// JSON only, so scripts never touch a CLR object. <c>Rule</c> is an alias for Studio's custom syntax.
/// </summary>
public sealed partial class JavaScriptEvaluator(JavaScriptOptions? options = null) : IExpressionEvaluator
{
    private readonly JavaScriptOptions _options = options ?? new JavaScriptOptions();

    public IReadOnlyList<string> Syntaxes { get; } = [ExpressionSyntax.JavaScript, "Rule"];

    public JsonNode? Evaluate(ExpressionValue expression, ExpressionContext context)
    {
        var code = expression.Text;
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var engine = CreateEngine();
        try
        {
            Expose(engine, context);
            return ToJson(engine, engine.Evaluate(code));
        }
        catch (TimeoutException ex)
        {
            throw new ExpressionException($"JavaScript timed out after {_options.Timeout.TotalSeconds:0.###} s.", ex);
        }
        catch (MemoryLimitExceededException ex)
        {
            throw new ExpressionException($"JavaScript exceeded the memory limit of {_options.MemoryLimitBytes} bytes.", ex);
        }
        catch (StatementsCountOverflowException ex)
        {
            throw new ExpressionException($"JavaScript exceeded {_options.MaxStatements} statements.", ex);
        }
        catch (RecursionDepthOverflowException ex)
        {
            throw new ExpressionException($"JavaScript exceeded the recursion limit of {_options.RecursionLimit}.", ex);
        }
        catch (Exception ex) when (ex is JavaScriptException or JintException or Acornima.ParseErrorException)
        {
            throw new ExpressionException($"JavaScript error: {ex.Message}", ex);
        }
    }

    public string? Check(ExpressionValue expression)
    {
        var code = expression.Text;
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        try
        {
            _ = JsEngine.PrepareScript(code, strict: true);
            return null;
        }
        catch (Exception ex) when (ex is Acornima.ParseErrorException or JintException or ScriptPreparationException)
        {
            return $"JavaScript syntax error: {ex.Message}";
        }
    }

    private JsEngine CreateEngine() => new(o =>
    {
        o.Strict().TimeoutInterval(_options.Timeout).LimitMemory(_options.MemoryLimitBytes).LimitRecursion(_options.RecursionLimit);
        if (_options.MaxStatements > 0)
        {
            o.MaxStatements(_options.MaxStatements);
        }
    });

    private static void Expose(JsEngine engine, ExpressionContext context)
    {
        var parser = new JsonParser(engine);
        engine.SetValue("variables", parser.Parse(context.Variables.ToJsonString()));
        engine.SetValue("input", context.Input is null ? new JsObject(engine) : parser.Parse(context.Input.ToJsonString()));
        foreach (var (name, value) in context.Variables)
        {
            if (Identifier().IsMatch(name))
            {
                var js = value is null ? JsValue.Null : parser.Parse(value.ToJsonString());
                engine.SetValue(name, js);
                engine.SetValue("get" + name, new Func<JsValue>(() => js)); // Elsa's accessor, as in its exported flows
            }
        }

        engine.SetValue("getVariable", new Func<string, JsValue>(name =>
            context.Variables[name] is { } v ? parser.Parse(v.ToJsonString()) : JsValue.Null));

        if (context.BusinessObjectName is { } objectName && Identifier().IsMatch(objectName))
        {
            engine.SetValue(objectName, context.BusinessObject is null ? JsValue.Null : parser.Parse(context.BusinessObject.ToJsonString()));
        }
    }

    private static JsonNode? ToJson(JsEngine engine, JsValue value)
    {
        if (value.IsUndefined() || value.IsNull())
        {
            return null;
        }

        if (value.IsString())
        {
            return JsonValue.Create(value.AsString());
        }

        if (value.IsBoolean())
        {
            return JsonValue.Create(value.AsBoolean());
        }

        if (value.IsNumber())
        {
            var d = value.AsNumber();
            return d == Math.Floor(d) && Math.Abs(d) < 9e15 ? JsonValue.Create((long)d) : JsonValue.Create(d);
        }

        var json = new JsonSerializer(engine).Serialize(value);
        return json.IsString() ? JsonNode.Parse(json.AsString()) : null;
    }

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex Identifier();
}
