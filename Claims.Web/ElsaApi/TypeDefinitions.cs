using System.Text;
using System.Text.RegularExpressions;
using Claims.Web.Infrastructure.Data;
using Claims.Workflows.Definitions;
using Claims.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.ElsaApi;

/// <summary>
/// POST /scripting/javascript/type-definitions/{definitionId}: TypeScript declarations Monaco uses to complete
/// JavaScript inputs — the workflow's variables (as globals and under <c>variables</c>), <c>input</c>, and the
/// business objects the engine exposes (<c>proposal</c>, <c>claim</c>, <c>policy</c>).
/// </summary>
public static partial class TypeDefinitions
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/scripting/javascript/type-definitions/{definitionId}", Handle);

    public static async Task<IResult> Handle(string definitionId, ClaimsDbContext db, CancellationToken ct)
    {
        var record = await db.Set<WorkflowDefinitionRecord>().AsNoTracking()
            .Where(r => r.DefinitionId == definitionId && r.IsLatest).FirstOrDefaultAsync(ct);
        var variables = record is null ? [] : WorkflowDefinitionStore.ToDefinition(record).Variables;
        return TypedResults.Text(Declarations(variables), "application/x-typescript", Encoding.UTF8);
    }

    public static string Declarations(IEnumerable<WorkflowVariable> variables)
    {
        var text = new StringBuilder(BusinessObjects);
        var usable = variables.Where(v => Identifier().IsMatch(v.Name)).ToList();
        text.AppendLine("/** The workflow's variables by name. */");
        text.AppendLine("declare const variables: {");
        foreach (var v in usable)
        {
            text.AppendLine($"  {v.Name}: {TypeScriptType(v)};");
        }

        text.AppendLine("  [name: string]: any;");
        text.AppendLine("};");
        foreach (var v in usable)
        {
            text.AppendLine($"/** Workflow variable {v.Name} ({v.TypeName}). */");
            text.AppendLine($"declare let {v.Name}: {TypeScriptType(v)};");
        }

        return text.ToString();
    }

    private static string TypeScriptType(WorkflowVariable v)
    {
        var type = v.TypeName switch
        {
            "String" or "Guid" or "DateTime" or "DateTimeOffset" or "TimeSpan" => "string",
            "Boolean" => "boolean",
            "Int32" or "Int64" or "Decimal" or "Double" => "number",
            "StringList" or "String[]" => "string[]",
            _ => "any",
        };
        return v.IsArray && !type.EndsWith("[]", StringComparison.Ordinal) ? type + "[]" : type;
    }

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex Identifier();

    private const string BusinessObjects = """
        /** The workflow's start input. */
        declare const input: { [key: string]: any };

        interface Money { amount: number; currency: string; }
        interface Person { id: string; name: string; birthDate: string; licenceDate?: string; phone?: string; email?: string; }
        interface Vehicle {
          vin: string; plate: string; make: string; model: string; trim?: string;
          firstRegistration: string; newCarPrice: number; usage: "Private" | "Commercial" | "RideHailing"; seats: number;
        }
        interface PriorClaim { date: string; amount: number; atFault: boolean; }
        interface Cover { code: "ThirdPartyLiability" | "OwnDamage" | "Theft" | "Glass" | "DriverPassenger" | "RoadsideRescue"; limit: number; excess: number; }
        interface UnderwritingIssue { code: string; message: string; requiredAuthority: string; }

        /** The proposal a policy workflow serves. */
        interface Proposal {
          id: string; number: string; status: string; agent: string;
          proposer: Person; vehicle: Vehicle; namedDrivers: Person[]; priorClaims: PriorClaim[]; covers: Cover[];
          premium: number; ncdFactor: number; commissionPercent: number; issues: UnderwritingIssue[];
          disclosureComplete: boolean; region: string;
        }

        /** The claim a claim workflow serves. */
        interface Claim {
          id: string; number: string; status: string; policyNumber: string;
          lossDate: string; cause: string; description: string; region: string;
          liability: "Full" | "Major" | "Equal" | "Minor" | "None";
          injuries: boolean; drivable: boolean; thirdParties: number;
          estimateTotal: number; approvedAmount?: number; adjuster?: string; reinspectionRequired: boolean;
        }

        /** The policy a renewal or endorsement workflow serves. */
        interface Policy {
          id: string; number: string; status: "Issued" | "InForce" | "Lapsed" | "Cancelled";
          holder: Person; vehicle: Vehicle; covers: Cover[]; premium: number;
          startDate: string; endDate: string; ncdStep: number; claimCount: number;
        }

        /** Set when the workflow runs for a proposal. */
        declare const proposal: Proposal;
        /** Set when the workflow runs for a claim. */
        declare const claim: Claim;
        /** Set when the workflow runs for a policy. */
        declare const policy: Policy;

        """;
}
