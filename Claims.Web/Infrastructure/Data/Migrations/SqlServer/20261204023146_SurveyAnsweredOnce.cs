using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Claims.Web.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SurveyAnsweredOnce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
