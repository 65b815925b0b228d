using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Claims.Web.Infrastructure.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ClaimMoney : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Payees",
                schema: "claims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Account = table.Column<string>(type: "character varying(34)", maxLength: 34, nullable: false),
                    Bank = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AddedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Payees_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalSchema: "claims",
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PaymentExports",
                schema: "claims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    ControlTotal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Csv = table.Column<string>(type: "character varying(4000000)", maxLength: 4000000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentExports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReserveRequests",
                schema: "claims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Reserve = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReferToLevel = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReserveRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReserveRequests_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalSchema: "claims",
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FinancialTransactions",
                schema: "claims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Voids = table.Column<Guid>(type: "uuid", nullable: true),
                    PayeeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Final = table.Column<bool>(type: "boolean", nullable: false),
                    Reference = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinancialTransactions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FinancialTransactions_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalSchema: "claims",
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FinancialTransactions_Payees_PayeeId",
                        column: x => x.PayeeId,
                        principalSchema: "claims",
                        principalTable: "Payees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PaymentExportLines",
                schema: "claims",
                columns: table => new
                {
                    PaymentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExportId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentExportLines", x => x.PaymentId);
                    table.ForeignKey(
                        name: "FK_PaymentExportLines_FinancialTransactions_PaymentId",
                        column: x => x.PaymentId,
                        principalSchema: "claims",
                        principalTable: "FinancialTransactions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PaymentExportLines_PaymentExports_ExportId",
                        column: x => x.ExportId,
                        principalSchema: "claims",
                        principalTable: "PaymentExports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FinancialTransactions_ClaimId_At",
                schema: "claims",
                table: "FinancialTransactions",
                columns: new[] { "ClaimId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_FinancialTransactions_Kind_At",
                schema: "claims",
                table: "FinancialTransactions",
                columns: new[] { "Kind", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_FinancialTransactions_PayeeId",
                schema: "claims",
                table: "FinancialTransactions",
                column: "PayeeId");

            migrationBuilder.CreateIndex(
                name: "IX_FinancialTransactions_Voids",
                schema: "claims",
                table: "FinancialTransactions",
                column: "Voids",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Payees_ClaimId",
                schema: "claims",
                table: "Payees",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentExportLines_ExportId",
                schema: "claims",
                table: "PaymentExportLines",
                column: "ExportId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentExports_Day_CreatedAt",
                schema: "claims",
                table: "PaymentExports",
                columns: new[] { "Day", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReserveRequests_ClaimId_Status",
                schema: "claims",
                table: "ReserveRequests",
                columns: new[] { "ClaimId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReserveRequests_Status_RequestedAt",
                schema: "claims",
                table: "ReserveRequests",
                columns: new[] { "Status", "RequestedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PaymentExportLines",
                schema: "claims");

            migrationBuilder.DropTable(
                name: "ReserveRequests",
                schema: "claims");

            migrationBuilder.DropTable(
                name: "FinancialTransactions",
                schema: "claims");

            migrationBuilder.DropTable(
                name: "PaymentExports",
                schema: "claims");

            migrationBuilder.DropTable(
                name: "Payees",
                schema: "claims");
        }
    }
}
