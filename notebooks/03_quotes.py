# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Quotes: who said what
#
# Every quote of the current report (chosen in `00_start_here`) with its speaker, cue and
# sentence, and the evidence for the speaker: a confidence (high, medium, low; "ambiguous" when a
# pronoun could mean two people, who are listed) and the rule that named them. **Uncertain first**
# puts the quotes to check at the top. Filter by speaker, kind (direct, fragment, reported speech)
# and keyword; collapse passages a live blog repeats; correct a wrong speaker (saved beside the
# report, applied on every run); export what is shown.

# %% tags=["parameters"]
report_path = None  # a path or URL; None opens the current report
export_folder = "."  # where the CSV export goes

# %%
import workbench as wb
from workbench.widgets import QuotePanel

report = wb.load_report(report_path) if report_path else wb.load_current_report()
panel = QuotePanel(report, export_folder=export_folder)
panel

# %% [markdown]
# ## The quotes shown, as a table
#
# `panel.shown` follows the controls above; `panel.quotes` holds every quote.

# %%
panel.shown[["quote_id", "speaker", "speaker_confidence", "speaker_how", "cue", "kind", "text"]]

# %% [markdown]
# ## Who is quoted most
#
# `panel.figure()` returns the matplotlib figure (save it with `.savefig("speakers.png")`).

# %%
panel.figure()

# %% [markdown]
# ## The actors behind the speakers
#
# Canonical names and the aliases merged into them (corrections in `01_timeline` apply here too).

# %%
wb.extract_actors(report)[["name", "kind", "aliases", "mentions"]]
