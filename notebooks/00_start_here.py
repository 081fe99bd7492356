# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Start here: choose a report and look at it
#
# Pick a report below: one from the `data/` folder, a file you upload (`.txt`, `.md`,
# `.html`, `.pdf`), an article you paste, or a URL. It becomes the **current report** that
# every other notebook opens. Check its publication date: relative dates ("on Tuesday")
# are resolved against it.

# %% tags=["parameters"]
report_path = None  # a path or URL; None keeps the current report
published = None  # "YYYY-MM-DD" to override the report's own date

# %%
# %matplotlib inline
import workbench as wb
from workbench.widgets import KeywordInContext, ReportPicker, SentenceTable, StructureView, TopTerms

if report_path:
    wb.set_current_report(report_path, published=published)

# %% [markdown]
# ## Choose the report and its publication date

# %%
picker = ReportPicker()
picker

# %% [markdown]
# ## Structure: posts, headlines, timestamps and repeated paragraphs
#
# Live blogs repeat paragraphs; a repeat is kept and points to its first occurrence (`repeat_of`).

# %%
StructureView(picker)

# %% [markdown]
# ## Sentences

# %%
SentenceTable(picker)

# %% [markdown]
# ## Keyword in context (updates as you type)

# %%
KeywordInContext(picker, keyword="said")

# %% [markdown]
# ## Most frequent terms

# %%
TopTerms(picker, top=20)

# %% [markdown]
# The same chart as a figure, to save or to put in a report:

# %%
figure = wb.plot_top_terms(picker.report, top=15)
figure
