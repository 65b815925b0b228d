using Claims.Domain.Claims;
using Claims.Domain.Common;
using Claims.Domain.Documents;
using Claims.Domain.Estimates;
using Claims.Domain.Policies;
using Claims.Domain.Reinspection;
using Claims.Domain.Surveys;
using Claims.Web.Infrastructure.Auth;
using Claims.Web.Infrastructure.Messaging;
using Claims.Workflows.Persistence;
using Claims.Workflows.Tasks;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Claims.Web.Infrastructure.Data;

/// <summary>The one EF Core model; each provider has a small derived context that owns its migrations.</summary>
public abstract class ClaimsDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>Shared by all nodes so a cookie issued by one is read by another.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AppUser> Users => Set<AppUser>();
    public DbSet<WorkTask> WorkTasks => Set<WorkTask>();
    public DbSet<TaskCompletionLogEntry> TaskCompletionLog => Set<TaskCompletionLogEntry>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<VehicleModel> VehicleModels => Set<VehicleModel>();
    public DbSet<TariffTable> TariffTables => Set<TariffTable>();
    public DbSet<PartPrice> PartPrices => Set<PartPrice>();
    public DbSet<LabourStandard> LabourStandards => Set<LabourStandard>();
    public DbSet<HourlyRate> HourlyRates => Set<HourlyRate>();
    public DbSet<Agent> Agents => Set<Agent>();
    public DbSet<Policyholder> Policyholders => Set<Policyholder>();
    public DbSet<Vehicle> Vehicles => Set<Vehicle>();
    public DbSet<Policy> Policies => Set<Policy>();
    public DbSet<Proposal> Proposals => Set<Proposal>();
    public DbSet<AuthorityLimit> AuthorityLimits => Set<AuthorityLimit>();
    public DbSet<SerialRange> SerialRanges => Set<SerialRange>();
    public DbSet<RegisterEntry> DocumentRegister => Set<RegisterEntry>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<ReinspectionAudit> ReinspectionAudits => Set<ReinspectionAudit>();
    public DbSet<RecoveryAction> RecoveryActions => Set<RecoveryAction>();
    public DbSet<Survey> Surveys => Set<Survey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ClaimsDbContext).Assembly);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkflowInstanceRecord).Assembly);
        modelBuilder.MapMoneyColumns();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
        configurationBuilder.AddValueConversions();
    }
}

public sealed class SqliteClaimsDbContext(DbContextOptions<SqliteClaimsDbContext> options) : ClaimsDbContext(options);

public sealed class SqlServerClaimsDbContext(DbContextOptions<SqlServerClaimsDbContext> options) : ClaimsDbContext(options);

public sealed class PostgreSqlClaimsDbContext(DbContextOptions<PostgreSqlClaimsDbContext> options) : ClaimsDbContext(options);
