using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Claims.Web.Infrastructure.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "policy");

            migrationBuilder.EnsureSchema(
                name: "claims");

            migrationBuilder.EnsureSchema(
                name: "ref");

            migrationBuilder.EnsureSchema(
                name: "workflow");

            migrationBuilder.EnsureSchema(
                name: "docs");

            migrationBuilder.EnsureSchema(
                name: "messaging");

            migrationBuilder.EnsureSchema(
                name: "scheduling");

            migrationBuilder.EnsureSchema(
                name: "kpis");

            migrationBuilder.EnsureSchema(
                name: "renewal");

            migrationBuilder.EnsureSchema(
                name: "customers");

            migrationBuilder.EnsureSchema(
                name: "identity");

            migrationBuilder.CreateTable(
                name: "AuthorityLimits",
                schema: "ref",
                columns: table => new
                {
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MaxValue = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuthorityLimits", x => new { x.Level, x.Kind });
                });

            migrationBuilder.CreateTable(
                name: "Bookmarks",
                schema: "workflow",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkflowInstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CorrelationId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PayloadJson = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConsumedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bookmarks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Definitions",
                schema: "workflow",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DefinitionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    IsLatest = table.Column<bool>(type: "boolean", nullable: false),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Definitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "messaging",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "Incidents",
                schema: "workflow",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkflowInstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ActivityType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Message = table.Column<string>(type: "text", nullable: false),
                    Timestamp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ResolvedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Instances",
                schema: "workflow",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DefinitionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DefinitionVersionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CorrelationId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    StateJson = table.Column<string>(type: "text", nullable: false),
                    IncidentCount = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConcurrencyVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Instances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobRuns",
                schema: "scheduling",
                columns: table => new
                {
                    JobName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RunDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Node = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LeaseUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => new { x.JobName, x.RunDate });
                });

            migrationBuilder.CreateTable(
                name: "Journal",
                schema: "workflow",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkflowInstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NodeId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ActivityType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EventName = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Message = table.Column<string>(type: "text", nullable: true),
                    PayloadJson = table.Column<string>(type: "text", nullable: true),
                    Timestamp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Journal", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KpiSnapshots",
                schema: "kpis",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FirstMonthKey = table.Column<int>(type: "integer", nullable: false),
                    LastMonthKey = table.Column<int>(type: "integer", nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpiSnapshots", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "Offers",
                schema: "renewal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PolicyId = table.Column<Guid>(type: "uuid", nullable: false),
                    PolicyNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RenewalPremium = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    LastYearPremium = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    RenewalNumber = table.Column<int>(type: "integer", nullable: false),
                    NcdStep = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RatedBy = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Issues = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TokenExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TokenUsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeclineReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RenewalProposalId = table.Column<Guid>(type: "uuid", nullable: true),
                    RenewedPolicyId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewTaskId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "messaging",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    MessageType = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Policyholders",
                schema: "policy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    LicenceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PreferredLanguage = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Policyholders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Regions",
                schema: "ref",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Reminders",
                schema: "renewal",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PolicyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CallTask = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NoticeSentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RenewalMonths",
                schema: "kpis",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MonthKey = table.Column<int>(type: "integer", nullable: false),
                    AgentId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Tier = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Due = table.Column<int>(type: "integer", nullable: false),
                    Renewed = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RenewalMonths", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SerialRanges",
                schema: "docs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    From = table.Column<long>(type: "bigint", nullable: false),
                    To = table.Column<long>(type: "bigint", nullable: false),
                    HolderKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    HolderCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    AllocatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AllocatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NextSerial = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SerialRanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SerialRanges_SerialRanges_ParentId",
                        column: x => x.ParentId,
                        principalSchema: "docs",
                        principalTable: "SerialRanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Surveys",
                schema: "customers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Context = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ContextId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContextNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Subject = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubjectKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PolicyholderId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attention = table.Column<int>(type: "integer", nullable: true),
                    Speed = table.Column<int>(type: "integer", nullable: true),
                    Trustworthiness = table.Column<int>(type: "integer", nullable: true),
                    Accuracy = table.Column<int>(type: "integer", nullable: true),
                    Resourcefulness = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Surveys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TariffTables",
                schema: "ref",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TariffTables", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TaskCompletionLog",
                schema: "workflow",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CompletedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskCompletionLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TierRules",
                schema: "customers",
                columns: table => new
                {
                    Tier = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    MinAnnualPremium = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    MinTenureYears = table.Column<int>(type: "integer", nullable: false),
                    MaxClaimsLast3Years = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TierRules", x => x.Tier);
                });

            migrationBuilder.CreateTable(
                name: "Tiers",
                schema: "customers",
                columns: table => new
                {
                    PolicyholderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tier = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    AnnualPremium = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    TenureYears = table.Column<int>(type: "integer", nullable: false),
                    ClaimsLast3Years = table.Column<int>(type: "integer", nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tiers", x => x.PolicyholderId);
                });

            migrationBuilder.CreateTable(
                name: "Timers",
                schema: "workflow",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkflowInstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    FireAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DispatchedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DispatchedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Timers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Users",
                schema: "identity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PasswordHash = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Roles = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    AuthorityLevel = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VehicleModels",
                schema: "ref",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Make = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Model = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Trim = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    NewCarPrice = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Band = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VehicleModels", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "WorkTasks",
                schema: "workflow",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    AssigneeRole = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    AssigneeUser = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Link = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    AllowedOutcomes = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DataJson = table.Column<string>(type: "text", nullable: true),
                    CompletedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    BookmarkId = table.Column<Guid>(type: "uuid", nullable: true),
                    WorkflowInstanceId = table.Column<Guid>(type: "uuid", nullable: true),
                    EscalateTo = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    EscalatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkTasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Agents",
                schema: "policy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Branch = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agents_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalSchema: "ref",
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HourlyRates",
                schema: "ref",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ShopClass = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Rate = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HourlyRates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HourlyRates_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalSchema: "ref",
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LabourStandards",
                schema: "ref",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Band = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Position = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    WorkType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LabourStandards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LabourStandards_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalSchema: "ref",
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DocumentRegister",
                schema: "docs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Serial = table.Column<long>(type: "bigint", nullable: false),
                    RangeId = table.Column<Guid>(type: "uuid", nullable: false),
                    HolderCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentRegister", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentRegister_SerialRanges_RangeId",
                        column: x => x.RangeId,
                        principalSchema: "docs",
                        principalTable: "SerialRanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TariffBaseRates",
                schema: "ref",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Cover = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Band = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AnnualPremium = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    TariffTableId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TariffBaseRates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TariffBaseRates_TariffTables_TariffTableId",
                        column: x => x.TariffTableId,
                        principalSchema: "ref",
                        principalTable: "TariffTables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TariffFactors",
                schema: "ref",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    TariffTableId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TariffFactors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TariffFactors_TariffTables_TariffTableId",
                        column: x => x.TariffTableId,
                        principalSchema: "ref",
                        principalTable: "TariffTables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartPrices",
                schema: "ref",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CatalogueVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ModelCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PartNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PartNumberKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PartName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Position = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Price = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartPrices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartPrices_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalSchema: "ref",
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartPrices_VehicleModels_ModelCode",
                        column: x => x.ModelCode,
                        principalSchema: "ref",
                        principalTable: "VehicleModels",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Vehicles",
                schema: "policy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Vin = table.Column<string>(type: "character(17)", fixedLength: true, maxLength: 17, nullable: false),
                    Plate = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ModelCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FirstRegistration = table.Column<DateOnly>(type: "date", nullable: false),
                    Usage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Seats = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vehicles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Vehicles_VehicleModels_ModelCode",
                        column: x => x.ModelCode,
                        principalSchema: "ref",
                        principalTable: "VehicleModels",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Proposals",
                schema: "policy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AgentId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgentUserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Proposer_Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Proposer_IdNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Proposer_BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Proposer_LicenceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Proposer_Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Proposer_Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Proposer_ConsentsToProcessing = table.Column<bool>(type: "boolean", nullable: false),
                    Vehicle_Vin = table.Column<string>(type: "character varying(17)", maxLength: 17, nullable: false),
                    Vehicle_Plate = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Vehicle_ModelCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Vehicle_FirstRegistration = table.Column<DateOnly>(type: "date", nullable: false),
                    Vehicle_NewCarPrice = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Vehicle_Usage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Vehicle_Seats = table.Column<int>(type: "integer", nullable: false),
                    YearsInsured = table.Column<int>(type: "integer", nullable: false),
                    Covers = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SumInsured = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Excess = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    CommissionPercent = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TariffVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    RatedPremium = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ReviewLevel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    DisclosedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DisclosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LoadingPercent = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    FinalPremium = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    PolicyId = table.Column<Guid>(type: "uuid", nullable: true),
                    DeclineReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    WorkflowInstanceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RenewalOfPolicyId = table.Column<Guid>(type: "uuid", nullable: true),
                    Decisions = table.Column<string>(type: "jsonb", nullable: true),
                    Disclosure = table.Column<string>(type: "jsonb", nullable: true),
                    Issues = table.Column<string>(type: "jsonb", nullable: true),
                    NamedDrivers = table.Column<string>(type: "jsonb", nullable: true),
                    PriorClaims = table.Column<string>(type: "jsonb", nullable: true),
                    RatingLines = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Proposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Proposals_Agents_AgentId",
                        column: x => x.AgentId,
                        principalSchema: "policy",
                        principalTable: "Agents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Policies",
                schema: "policy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PolicyholderId = table.Column<Guid>(type: "uuid", nullable: false),
                    VehicleId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgentId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiryDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Premium = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Covers = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProposalId = table.Column<Guid>(type: "uuid", nullable: true),
                    FormSerial = table.Column<long>(type: "bigint", nullable: true),
                    SumInsured = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Excess = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    RenewalNumber = table.Column<int>(type: "integer", nullable: false),
                    RenewalOfPolicyId = table.Column<Guid>(type: "uuid", nullable: true),
                    RenewedByPolicyId = table.Column<Guid>(type: "uuid", nullable: true),
                    StartDay = table.Column<int>(type: "integer", nullable: false),
                    ExpiryDay = table.Column<int>(type: "integer", nullable: false),
                    PremiumCents = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Policies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Policies_Agents_AgentId",
                        column: x => x.AgentId,
                        principalSchema: "policy",
                        principalTable: "Agents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Policies_Policyholders_PolicyholderId",
                        column: x => x.PolicyholderId,
                        principalSchema: "policy",
                        principalTable: "Policyholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Policies_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalSchema: "ref",
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Policies_Vehicles_VehicleId",
                        column: x => x.VehicleId,
                        principalSchema: "policy",
                        principalTable: "Vehicles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Claims",
                schema: "claims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PolicyId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgentId = table.Column<Guid>(type: "uuid", nullable: false),
                    PolicyNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    VehicleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ModelCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LossAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LossPlace = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Cause = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Liability = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Injuries = table.Column<bool>(type: "boolean", nullable: false),
                    Drivable = table.Column<bool>(type: "boolean", nullable: false),
                    ThirdPartyCount = table.Column<int>(type: "integer", nullable: false),
                    ThirdParties = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReportedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Excess = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RejectionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AssignedAdjuster = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AdjusterLevel = table.Column<int>(type: "integer", nullable: false),
                    WorkflowInstanceId = table.Column<Guid>(type: "uuid", nullable: true),
                    ShopClass = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RepairShop = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PearlPaint = table.Column<bool>(type: "boolean", nullable: false),
                    Totals_Parts = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Totals_Labour = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Totals_PaintedPanels = table.Column<int>(type: "integer", nullable: false),
                    Totals_PaintBeforeDiscount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Totals_PaintFactor = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    Totals_Paint = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Totals_Gross = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Totals_Salvage = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Totals_Net = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Totals_ShareRate = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    Totals_Share = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Totals_Excess = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Totals_Payable = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    EstimateRevision = table.Column<int>(type: "integer", nullable: false),
                    EstimatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeviationCount = table.Column<int>(type: "integer", nullable: false),
                    ReplaceFlagCount = table.Column<int>(type: "integer", nullable: false),
                    ReferredToLevel = table.Column<int>(type: "integer", nullable: true),
                    PaymentReference = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    PaidAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    PaidAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CustomerTier = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    FastTrack = table.Column<bool>(type: "boolean", nullable: false),
                    Findings_Modified = table.Column<bool>(type: "boolean", nullable: true),
                    Findings_CommercialUse = table.Column<bool>(type: "boolean", nullable: true),
                    Findings_UnnamedDriver = table.Column<bool>(type: "boolean", nullable: true),
                    Findings_UndeclaredPriorClaims = table.Column<bool>(type: "boolean", nullable: true),
                    Findings_PreviousRefusal = table.Column<bool>(type: "boolean", nullable: true),
                    DisclosureContradictions = table.Column<int>(type: "integer", nullable: false),
                    ContradictedItems = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Claims_Policies_PolicyId",
                        column: x => x.PolicyId,
                        principalSchema: "policy",
                        principalTable: "Policies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EstimateLines",
                schema: "claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Position = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PartNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    UnitPrice = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    WorkType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Hours = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Reference = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ReplacementPrice = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EstimateLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EstimateLines_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalSchema: "claims",
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReinspectionAudits",
                schema: "claims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Adjuster = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ShopName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ShopClass = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PaidAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Reasons = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Draw = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: false),
                    SampledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    WorkflowInstanceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Reinspector = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OriginalSalvage = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    AuditedSalvage = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    SalvageFinding = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ReEstimatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ShouldHavePaid = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Leakage = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ComputedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Resolution = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    DisputeReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ResolvedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReinspectionAudits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReinspectionAudits_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalSchema: "claims",
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AuditLines",
                schema: "claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Index = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Position = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OriginalQuantity = table.Column<int>(type: "integer", nullable: false),
                    OriginalUnitPrice = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    OriginalHours = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    OriginalAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    AuditedQuantity = table.Column<int>(type: "integer", nullable: false),
                    AuditedUnitPrice = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    AuditedHours = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    AuditedAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Removed = table.Column<bool>(type: "boolean", nullable: false),
                    Finding = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AuditId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditLines_ReinspectionAudits_AuditId",
                        column: x => x.AuditId,
                        principalSchema: "claims",
                        principalTable: "ReinspectionAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecoveryActions",
                schema: "claims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AuditId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ShopName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Closed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecoveryActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecoveryActions_ReinspectionAudits_AuditId",
                        column: x => x.AuditId,
                        principalSchema: "claims",
                        principalTable: "ReinspectionAudits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                schema: "customers",
                table: "TierRules",
                columns: new[] { "Tier", "MaxClaimsLast3Years", "MinAnnualPremium", "MinTenureYears", "Rank" },
                values: new object[,]
                {
                    { "A", 2, 6000m, 1, 2 },
                    { "B", 3, 2500m, 0, 3 },
                    { "VIP", 1, 15000m, 3, 1 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agents_Code",
                schema: "policy",
                table: "Agents",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agents_RegionCode",
                schema: "policy",
                table: "Agents",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Agents_UserName",
                schema: "policy",
                table: "Agents",
                column: "UserName");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLines_AuditId",
                schema: "claims",
                table: "AuditLines",
                column: "AuditId");

            migrationBuilder.CreateIndex(
                name: "IX_Bookmarks_Name_CorrelationId",
                schema: "workflow",
                table: "Bookmarks",
                columns: new[] { "Name", "CorrelationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookmarks_WorkflowInstanceId",
                schema: "workflow",
                table: "Bookmarks",
                column: "WorkflowInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_AgentId_PaidAt_PaidAmount",
                schema: "claims",
                table: "Claims",
                columns: new[] { "AgentId", "PaidAt", "PaidAmount" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_AgentId_ReportedAt_DisclosureContradictions",
                schema: "claims",
                table: "Claims",
                columns: new[] { "AgentId", "ReportedAt", "DisclosureContradictions" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_AssignedAdjuster_Status",
                schema: "claims",
                table: "Claims",
                columns: new[] { "AssignedAdjuster", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Number",
                schema: "claims",
                table: "Claims",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Claims_PaidAt_RegionCode_ReportedAt",
                schema: "claims",
                table: "Claims",
                columns: new[] { "PaidAt", "RegionCode", "ReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_PolicyId",
                schema: "claims",
                table: "Claims",
                column: "PolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_WorkflowInstanceId",
                schema: "claims",
                table: "Claims",
                column: "WorkflowInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_Definitions_DefinitionId_Version",
                schema: "workflow",
                table: "Definitions",
                columns: new[] { "DefinitionId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentRegister_RangeId",
                schema: "docs",
                table: "DocumentRegister",
                column: "RangeId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentRegister_Type_Serial",
                schema: "docs",
                table: "DocumentRegister",
                columns: new[] { "Type", "Serial" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EstimateLines_ClaimId",
                schema: "claims",
                table: "EstimateLines",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_HourlyRates_RegionCode_ShopClass_Version",
                schema: "ref",
                table: "HourlyRates",
                columns: new[] { "RegionCode", "ShopClass", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HourlyRates_Version_RegionCode",
                schema: "ref",
                table: "HourlyRates",
                columns: new[] { "Version", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Incidents_WorkflowInstanceId",
                schema: "workflow",
                table: "Incidents",
                column: "WorkflowInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_Instances_CorrelationId",
                schema: "workflow",
                table: "Instances",
                column: "CorrelationId");

            migrationBuilder.CreateIndex(
                name: "IX_Instances_DefinitionId_Status",
                schema: "workflow",
                table: "Instances",
                columns: new[] { "DefinitionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Journal_WorkflowInstanceId_Sequence",
                schema: "workflow",
                table: "Journal",
                columns: new[] { "WorkflowInstanceId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LabourStandards_RegionCode_Band_Position_WorkType_Version",
                schema: "ref",
                table: "LabourStandards",
                columns: new[] { "RegionCode", "Band", "Position", "WorkType", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LabourStandards_Version_RegionCode",
                schema: "ref",
                table: "LabourStandards",
                columns: new[] { "Version", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Offers_PolicyId",
                schema: "renewal",
                table: "Offers",
                column: "PolicyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageId",
                schema: "messaging",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAt_NextAttemptAt",
                schema: "messaging",
                table: "OutboxMessages",
                columns: new[] { "SentAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PartPrices_CatalogueVersion_RegionCode",
                schema: "ref",
                table: "PartPrices",
                columns: new[] { "CatalogueVersion", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_PartPrices_ModelCode_RegionCode_NameKey",
                schema: "ref",
                table: "PartPrices",
                columns: new[] { "ModelCode", "RegionCode", "NameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_PartPrices_ModelCode_RegionCode_PartNumberKey_Channel_Catal~",
                schema: "ref",
                table: "PartPrices",
                columns: new[] { "ModelCode", "RegionCode", "PartNumberKey", "Channel", "CatalogueVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartPrices_RegionCode",
                schema: "ref",
                table: "PartPrices",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Policies_AgentId_ExpiryDay_StartDay_PremiumCents_Status",
                schema: "policy",
                table: "Policies",
                columns: new[] { "AgentId", "ExpiryDay", "StartDay", "PremiumCents", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Policies_ExpiryDay_Status_RegionCode_AgentId_PolicyholderId~",
                schema: "policy",
                table: "Policies",
                columns: new[] { "ExpiryDay", "Status", "RegionCode", "AgentId", "PolicyholderId", "VehicleId", "RenewedByPolicyId" });

            migrationBuilder.CreateIndex(
                name: "IX_Policies_Number",
                schema: "policy",
                table: "Policies",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Policies_PolicyholderId",
                schema: "policy",
                table: "Policies",
                column: "PolicyholderId");

            migrationBuilder.CreateIndex(
                name: "IX_Policies_ProposalId",
                schema: "policy",
                table: "Policies",
                column: "ProposalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Policies_RegionCode",
                schema: "policy",
                table: "Policies",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Policies_Status_ExpiryDate",
                schema: "policy",
                table: "Policies",
                columns: new[] { "Status", "ExpiryDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Policies_VehicleId_PolicyholderId_StartDay_Status",
                schema: "policy",
                table: "Policies",
                columns: new[] { "VehicleId", "PolicyholderId", "StartDay", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Policyholders_Name",
                schema: "policy",
                table: "Policyholders",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_AgentId",
                schema: "policy",
                table: "Proposals",
                column: "AgentId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Number",
                schema: "policy",
                table: "Proposals",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_RenewalOfPolicyId",
                schema: "policy",
                table: "Proposals",
                column: "RenewalOfPolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_Status",
                schema: "policy",
                table: "Proposals",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_RecoveryActions_AuditId",
                schema: "claims",
                table: "RecoveryActions",
                column: "AuditId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReinspectionAudits_Adjuster_Status",
                schema: "claims",
                table: "ReinspectionAudits",
                columns: new[] { "Adjuster", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReinspectionAudits_ClaimId",
                schema: "claims",
                table: "ReinspectionAudits",
                column: "ClaimId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReinspectionAudits_Reinspector_Status",
                schema: "claims",
                table: "ReinspectionAudits",
                columns: new[] { "Reinspector", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReinspectionAudits_ShopName_Status",
                schema: "claims",
                table: "ReinspectionAudits",
                columns: new[] { "ShopName", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReinspectionAudits_WorkflowInstanceId",
                schema: "claims",
                table: "ReinspectionAudits",
                column: "WorkflowInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_Reminders_PolicyId_Stage",
                schema: "renewal",
                table: "Reminders",
                columns: new[] { "PolicyId", "Stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RenewalMonths_MonthKey",
                schema: "kpis",
                table: "RenewalMonths",
                column: "MonthKey");

            migrationBuilder.CreateIndex(
                name: "IX_SerialRanges_HolderCode_Type",
                schema: "docs",
                table: "SerialRanges",
                columns: new[] { "HolderCode", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_SerialRanges_ParentId",
                schema: "docs",
                table: "SerialRanges",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_AnsweredAt",
                schema: "customers",
                table: "Surveys",
                column: "AnsweredAt");

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_Context_ContextId_Subject",
                schema: "customers",
                table: "Surveys",
                columns: new[] { "Context", "ContextId", "Subject" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TariffBaseRates_TariffTableId_Cover_Band",
                schema: "ref",
                table: "TariffBaseRates",
                columns: new[] { "TariffTableId", "Cover", "Band" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TariffFactors_TariffTableId_Kind_Key",
                schema: "ref",
                table: "TariffFactors",
                columns: new[] { "TariffTableId", "Kind", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TariffTables_Version",
                schema: "ref",
                table: "TariffTables",
                column: "Version",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskCompletionLog_TaskId",
                schema: "workflow",
                table: "TaskCompletionLog",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_Tiers_Tier",
                schema: "customers",
                table: "Tiers",
                column: "Tier");

            migrationBuilder.CreateIndex(
                name: "IX_Timers_DispatchedAt_FireAt",
                schema: "workflow",
                table: "Timers",
                columns: new[] { "DispatchedAt", "FireAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Users_UserName",
                schema: "identity",
                table: "Users",
                column: "UserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VehicleModels_Make_Model",
                schema: "ref",
                table: "VehicleModels",
                columns: new[] { "Make", "Model" });

            migrationBuilder.CreateIndex(
                name: "IX_Vehicles_ModelCode",
                schema: "policy",
                table: "Vehicles",
                column: "ModelCode");

            migrationBuilder.CreateIndex(
                name: "IX_Vehicles_Plate",
                schema: "policy",
                table: "Vehicles",
                column: "Plate");

            migrationBuilder.CreateIndex(
                name: "IX_Vehicles_Vin",
                schema: "policy",
                table: "Vehicles",
                column: "Vin",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkTasks_BookmarkId",
                schema: "workflow",
                table: "WorkTasks",
                column: "BookmarkId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkTasks_Status_AssigneeRole",
                schema: "workflow",
                table: "WorkTasks",
                columns: new[] { "Status", "AssigneeRole" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkTasks_Status_AssigneeUser",
                schema: "workflow",
                table: "WorkTasks",
                columns: new[] { "Status", "AssigneeUser" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditLines",
                schema: "claims");

            migrationBuilder.DropTable(
                name: "AuthorityLimits",
                schema: "ref");

            migrationBuilder.DropTable(
                name: "Bookmarks",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Definitions",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "DocumentRegister",
                schema: "docs");

            migrationBuilder.DropTable(
                name: "EstimateLines",
                schema: "claims");

            migrationBuilder.DropTable(
                name: "HourlyRates",
                schema: "ref");

            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "messaging");

            migrationBuilder.DropTable(
                name: "Incidents",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "Instances",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "JobRuns",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "Journal",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "KpiSnapshots",
                schema: "kpis");

            migrationBuilder.DropTable(
                name: "LabourStandards",
                schema: "ref");

            migrationBuilder.DropTable(
                name: "Offers",
                schema: "renewal");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "messaging");

            migrationBuilder.DropTable(
                name: "PartPrices",
                schema: "ref");

            migrationBuilder.DropTable(
                name: "Proposals",
                schema: "policy");

            migrationBuilder.DropTable(
                name: "RecoveryActions",
                schema: "claims");

            migrationBuilder.DropTable(
                name: "Reminders",
                schema: "renewal");

            migrationBuilder.DropTable(
                name: "RenewalMonths",
                schema: "kpis");

            migrationBuilder.DropTable(
                name: "Surveys",
                schema: "customers");

            migrationBuilder.DropTable(
                name: "TariffBaseRates",
                schema: "ref");

            migrationBuilder.DropTable(
                name: "TariffFactors",
                schema: "ref");

            migrationBuilder.DropTable(
                name: "TaskCompletionLog",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "TierRules",
                schema: "customers");

            migrationBuilder.DropTable(
                name: "Tiers",
                schema: "customers");

            migrationBuilder.DropTable(
                name: "Timers",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "Users",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "WorkTasks",
                schema: "workflow");

            migrationBuilder.DropTable(
                name: "SerialRanges",
                schema: "docs");

            migrationBuilder.DropTable(
                name: "ReinspectionAudits",
                schema: "claims");

            migrationBuilder.DropTable(
                name: "TariffTables",
                schema: "ref");

            migrationBuilder.DropTable(
                name: "Claims",
                schema: "claims");

            migrationBuilder.DropTable(
                name: "Policies",
                schema: "policy");

            migrationBuilder.DropTable(
                name: "Agents",
                schema: "policy");

            migrationBuilder.DropTable(
                name: "Policyholders",
                schema: "policy");

            migrationBuilder.DropTable(
                name: "Vehicles",
                schema: "policy");

            migrationBuilder.DropTable(
                name: "Regions",
                schema: "ref");

            migrationBuilder.DropTable(
                name: "VehicleModels",
                schema: "ref");
        }
    }
}
