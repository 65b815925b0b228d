using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Claims.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.OpenApi;

namespace Claims.Web.Infrastructure.OpenApi;

/// <summary>
/// The /openapi/v1.json description of the API features: schema names that never collide, bearer security, stable
/// operation ids, and the problem responses every endpoint can give.
/// </summary>
public static class ClaimsOpenApi
{
    public const string BearerScheme = "Bearer";

    private const string ProblemJson = "application/problem+json";

    public static IServiceCollection AddClaimsOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            // 3.0, which client generators read fully: NSwag 14 turns 3.1's nullable references (oneOf null) into empty classes.
            o.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
            o.CreateSchemaReferenceId = SchemaId;
            o.AddSchemaTransformer((schema, context, _) =>
            {
                var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
                if (type.IsEnum)
                {
                    // Enums travel as their names (JsonStringEnumConverter); without a type, generators read them as numbers.
                    schema.Type ??= JsonSchemaType.String;
                    schema.Enum = schema.Enum?.Where(value => value is not null).ToList();
                }
                else if (Numeric(type) is { } numeric && schema.Type is { } declared && declared.HasFlag(JsonSchemaType.String))
                {
                    // The app writes numbers as numbers; "number or numeric string" (it reads both) becomes a class in generated clients.
                    schema.Type = (declared & JsonSchemaType.Null) | numeric;
                    schema.Pattern = null;
                }

                if (type == typeof(Money))
                {
                    // Money travels as a plain number (MoneyJsonConverter): described exactly as the decimal it replaced.
                    schema.Type = type == context.JsonTypeInfo.Type ? JsonSchemaType.Number : JsonSchemaType.Number | JsonSchemaType.Null;
                    schema.Pattern = null;
                }

                if (type == typeof(decimal) || type == typeof(Money))
                {
                    // Money is decimal(18,2): a client reading "double" would round amounts.
                    schema.Format = "decimal";
                }

                return Task.CompletedTask;
            });
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "JWT",
                    Description = "A token from POST /api/auth/token.",
                };
                foreach (var schema in document.Components.Schemas?.Values.OfType<OpenApiSchema>() ?? [])
                {
                    NullableReferencesAsAllOf(schema);
                }

                return Task.CompletedTask;
            });
            o.AddOperationTransformer((operation, context, _) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                if (RequiresAuthorization(metadata))
                {
                    operation.Security ??= [];
                    operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] });
                }

                DescribeMultipartFile(operation);
                return Task.CompletedTask;
            });
        });

    /// <summary>
    /// Nested records are named after their feature (ReportClaim.Request → ReportClaimRequest): every feature has a
    /// Request and a Response, and by bare type name the first one described stood for all of them.
    /// </summary>
    public static string? SchemaId(JsonTypeInfo type)
    {
        if ((Nullable.GetUnderlyingType(type.Type) ?? type.Type) == typeof(Money))
        {
            // An amount is inlined like the decimal it replaced, not a component of its own.
            return null;
        }

        var id = OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        for (var outer = type.Type.DeclaringType; id is not null && outer is not null; outer = outer.DeclaringType)
        {
            id = outer.Name + id;
        }

        return id;
    }

    /// <summary>
    /// Declares on every feature endpoint the answers the pipeline gives whatever the handler does: 401/403 past
    /// authorization, 400 for a body or query that does not bind, 404 for a route value its constraint refuses,
    /// 429 when rate limited; and names the operation after its handler (ReportClaim, RecordEstimateSave) unless it has a name.
    /// </summary>
    public static TBuilder WithDescribedErrors<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(endpoint =>
        {
            var metadata = endpoint.Metadata;
            var declared = metadata.OfType<IProducesResponseTypeMetadata>().Select(p => p.StatusCode).ToHashSet();
            void Problem(int status, Type? type = null)
            {
                if (declared.Add(status))
                {
                    metadata.Add(new ProducesResponseTypeMetadata(status, type ?? typeof(ProblemDetails), [ProblemJson]));
                }
            }

            var handler = metadata.OfType<MethodInfo>().FirstOrDefault();
            var route = (endpoint as RouteEndpointBuilder)?.RoutePattern;
            if (handler is not null && !metadata.OfType<IEndpointNameMetadata>().Any())
            {
                var name = handler.DeclaringType!.Name + (handler.Name == "Handle" ? "" : handler.Name);
                metadata.Add(new EndpointNameMetadata(name));
            }

            if (metadata.OfType<IAcceptsMetadata>().Any() || (handler is not null && route is not null && BindsQuery(handler, route)))
            {
                Problem(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails));
            }

            if (RequiresAuthorization(metadata))
            {
                Problem(StatusCodes.Status401Unauthorized);
                Problem(StatusCodes.Status403Forbidden);
            }

            if (route?.Parameters.Any(p => p.ParameterPolicies.Count > 0) == true)
            {
                Problem(StatusCodes.Status404NotFound);
            }

            if (metadata.Any(m => m.GetType().Name is "EnableRateLimitingAttribute"))
            {
                Problem(StatusCodes.Status429TooManyRequests);
            }
        });
        return builder;
    }

    private static JsonSchemaType? Numeric(Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.Decimal or TypeCode.Double or TypeCode.Single => JsonSchemaType.Number,
        TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64
            => JsonSchemaType.Integer,
        _ => null,
    };

    private static bool RequiresAuthorization(IEnumerable<object> metadata) =>
        metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();

    /// <summary>A parameter of a parsable type that is not a route value comes from the query string.</summary>
    private static bool BindsQuery(MethodInfo handler, RoutePattern route) =>
        handler.GetParameters().Any(p => route.GetParameter(p.Name!) is null && IsSimple(Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType));

    private static bool IsSimple(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
        || type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeSpan);

    /// <summary>
    /// A nullable property of a described type is written "oneOf: [null, $ref]", which NSwag 14 turns into an empty class;
    /// "allOf: [$ref], nullable: true" says the same in the 3.0 idiom every generator reads.
    /// </summary>
    private static void NullableReferencesAsAllOf(OpenApiSchema schema)
    {
        foreach (var (name, property) in schema.Properties?.ToList() ?? [])
        {
            if (property is OpenApiSchema { OneOf: [var first, var second] }
                && (first as OpenApiSchemaReference ?? second as OpenApiSchemaReference) is { } reference
                && (first is OpenApiSchemaReference ? second : first) is OpenApiSchema { Type: JsonSchemaType.Null } or OpenApiSchema { Enum: [null] })
            {
                schema.Properties![name] = new OpenApiSchema { AllOf = [reference], Type = JsonSchemaType.Null };
            }
        }
    }

    /// <summary>A multipart upload is a form with the file in a part named "file", not a bare string; a form record (attachments) describes itself.</summary>
    private static void DescribeMultipartFile(OpenApiOperation operation)
    {
        if (operation.RequestBody?.Content?.TryGetValue("multipart/form-data", out var form) == true
            && form.Schema is not OpenApiSchemaReference && form.Schema?.Properties is not { Count: > 0 })
        {
            form.Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string> { "file" },
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                },
            };
        }
    }
}
