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
# paths in `more_reports`: figures from all of them go into one comparison and one table.

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
# ## The most disputed quantities
#
# Figures that state the same quantity, across every report loaded, most disputed first: one
# chart per quantity (each claimant, value or range, hedge and date; red dots disagree beyond
# the tolerance, hollow dots are vague words counted low: dozens = 12, hundreds = 100) and the
# claims beneath, with the sentence each comes from. Grouped wrongly? Open **Merge or split
# quantities**: your choice is saved beside the reports and applied every time this runs.

# %%
disputes = FigureComparisonView(reports)
disputes

# %% [markdown]
# ## The figure table
#
# Every figure, with the evidence for its claimant (`how`, `confidence`). Filter by kind, unit,
# claimant, value range or words; **uncertain first** lists the claimants to check first;
# export what you see as CSV or Excel.

# %%
table = FigureTable(reports)
table

# %% [markdown]
# The comparison as a table, for your own analysis (`disputes.comparison.claims` holds the claims):

# %%
disputes.groups
