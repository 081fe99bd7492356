# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Figures: every number, what it counts, who claims it, and where claims disagree
#
# Opens the current report (chosen in notebook 00). To compare several reports, list their
# paths in `more_reports`: figures from all of them go into one table and one comparison.

# %% tags=["parameters"]
report_path = None  # a path or URL; None opens the current report
more_reports = []  # further paths or URLs to compare with it

# %%
# %matplotlib inline
import workbench as wb
from workbench.widgets import FigureComparisonView, FigureTable

reports = [wb.load_report(report_path) if report_path else wb.load_current_report()]
reports += [wb.load_report(path) for path in more_reports]

# %% [markdown]
# ## The figure table
#
# Filter by kind, unit, claimant, value range or words; export what you see as CSV or Excel.

# %%
table = FigureTable(reports)
table

# %% [markdown]
# ## Claims side by side
#
# Groups of figures about the same thing, most disputed first. Red dots disagree beyond the
# tolerance; hollow dots are vague words counted low (dozens = 12, hundreds = 100).

# %%
FigureComparisonView(reports)

# %% [markdown]
# The same comparison as tables, for your own analysis:

# %%
comparison = wb.compare_figures(table.figures)
comparison.groups
