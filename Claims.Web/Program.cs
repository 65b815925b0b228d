using Claims.Web.ElsaApi;
using Claims.Web.Features;
using Claims.Web.Features.Customers;
using Claims.Web.Features.Financials;
using Claims.Web.Features.Evidence;
using Claims.Web.Features.Investigations;
using Claims.Web.Features.Shops;
using Claims.Web.Features.Portal;
using Claims.Web.Features.Renewals;
using Claims.Web.Features.PolicyUnderwriting;
using Claims.Web.Features.Reinspections;
using Claims.Web.Infrastructure;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Data;
using Claims.Web.Infrastructure.Idempotency;
using Claims.Web.Infrastructure.Http;
using Claims.Web.Infrastructure.Mail;
using Claims.Web.Infrastructure.Seeding;
using Claims.Web.Infrastructure.Observability;
using Claims.Web.Infrastructure.Messaging;
using Claims.Web.Infrastructure.Scheduling;
using Claims.Web.Infrastructure.Security;
using Claims.Web.Infrastructure.Seeding.Book;
using Claims.Web.Infrastructure.Studio;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Logging.ClearProviders();
builder.Logging.AddClaimsConsole(builder.Environment);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddClaimsDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddClaimsMessaging(builder.Configuration);
builder.Services.AddClaimsAuth(builder.Configuration);
builder.Services.AddClaimsWeb();
builder.Services.AddIdempotencyKeys();
builder.Services.AddClaimsSecurity(builder.Configuration, builder.Environment);
builder.Services.AddClaimsWorkflowEngine(builder.Configuration);
builder.Services.AddDailyJobs(builder.Configuration);
builder.Services.AddClaimsMail(builder.Configuration);
builder.Services.AddRenewals(builder.Configuration);
builder.Services.AddCustomers();
builder.Services.AddClaimsPolicies(builder.Configuration);
builder.Services.AddClaimHandling(builder.Configuration);
builder.Services.AddClaimMoney(builder.Configuration);
builder.Services.AddReinspection(builder.Configuration);
builder.Services.AddDemoBook();
builder.Services.AddJobRehearsal();
builder.Services.AddClaimsTelemetry(builder.Configuration);
builder.Services.AddEvidence(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddInvestigations();
builder.Services.AddRepairShops();
builder.Services.AddPolicyholderPortal(builder.Configuration);

var app = builder.Build();

app.Services.ValidateOptionsNow();

await DatabaseMigrator.MigrateAsync(app.Services);
await WorkflowsRegistration.ImportShippedWorkflowsAsync(app.Services);
await StartupSeeding.RunAsync(app.Services, app.Environment);

app.UseClaimsErrors();
app.UseJsonBodyGuard();
app.UseClaimsSecurityHeaders();
app.UseStudioFiles();
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAccessTable();
app.UseAuthorization();
app.UseMiddleware<IdempotencyKeys>();
app.UseAntiforgery();
app.UseCookieWriteProtection();

app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference("/api-docs").AllowAnonymous();
app.MapClaimsHealth();
app.MapRazorPages();
app.MapFeatures();
app.MapElsaApi();

StartupBanner.WriteWhenStarted(app);

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
