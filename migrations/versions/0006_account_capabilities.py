"""accounts: the column of capabilities read at `accounts check` is named for them

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 15:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.alter_column("limits", new_column_name="capabilities")


def downgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.alter_column("capabilities", new_column_name="limits")
