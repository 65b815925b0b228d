using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Claims.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TotalLoss : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RecoveryId",
                schema: "claims",
                table: "FinancialTransactions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ActualValue",
                schema: "claims",
                table: "Claims",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubrogationParty",
                schema: "claims",
                table: "Claims",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "TotalLossPayable",
                schema: "claims",
                table: "Claims",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Recoveries",
                schema: "claims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recoveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Recoveries_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalSchema: "claims",
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FinancialTransactions_RecoveryId",
                schema: "claims",
                table: "FinancialTransactions",
                column: "RecoveryId");

            migrationBuilder.CreateIndex(
                name: "IX_Recoveries_ClaimId_Kind",
                schema: "claims",
                table: "Recoveries",
                columns: new[] { "ClaimId", "Kind" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_FinancialTransactions_Recoveries_RecoveryId",
                schema: "claims",
                table: "FinancialTransactions",
                column: "RecoveryId",
                principalSchema: "claims",
                principalTable: "Recoveries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_FinancialTransactions_Recoveries_RecoveryId",
                schema: "claims",
                table: "FinancialTransactions");

            migrationBuilder.DropTable(
                name: "Recoveries",
                schema: "claims");

            migrationBuilder.DropIndex(
                name: "IX_FinancialTransactions_RecoveryId",
                schema: "claims",
                table: "FinancialTransactions");

            migrationBuilder.DropColumn(
                name: "RecoveryId",
                schema: "claims",
                table: "FinancialTransactions");

            migrationBuilder.DropColumn(
                name: "ActualValue",
                schema: "claims",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "SubrogationParty",
                schema: "claims",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "TotalLossPayable",
                schema: "claims",
                table: "Claims");
        }
    }
}
