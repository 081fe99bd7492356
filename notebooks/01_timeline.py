# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Timeline: who did what, and when
#
# Dated events of the current report (chosen in `00_start_here`), or of several reports.
# Relative dates ("on Wednesday", "last night") are resolved against the publication date.
# Filter by actor, date and keyword; correct actors (merge, rename) and export. Each event shows
# the evidence for its actor (`how`, `confidence`); **uncertain first** lists the ones to check.

# %% tags=["parameters"]
report_paths = None  # a list of paths or URLs; None opens the current report
export_folder = "."  # where the CSV and TimelineJS exports go

# %%
# %matplotlib inline
import workbench as wb
from workbench.widgets import TimelinePanel

reports = [wb.load_report(p) for p in report_paths] if report_paths else [wb.load_current_report()]
timeline = TimelinePanel(reports, export_folder=export_folder)
timeline

# %% [markdown]
# ## The events shown, as a table
#
# `timeline.shown` follows the controls above; `timeline.events` holds every event.

# %%
timeline.shown[["date", "granularity", "date_text", "actor", "actor_confidence", "what", "sentence"]]

# %% [markdown]
# ## The figure, for a report or a slide
#
# `timeline.figure()` returns the matplotlib figure of the events shown
# (save it with `.savefig("timeline.png")`).

# %%
timeline.figure()

# %% [markdown]
# ## Every date expression, vague ones included
#
# Vague expressions ("recently", "in recent months") have no date and make no event.

# %%
wb.extract_dates(reports[0])[["date_text", "date", "granularity", "kind", "in_quote"]]
