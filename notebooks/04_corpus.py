# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # A corpus: many reports side by side
#
# Pick a folder of reports. Each report is extracted once (quotes, figures, events, actors),
# in parallel over the machine's cores, and cached on disk: running this again only extracts
# new or changed reports. By default the folder of the current report (chosen in notebook 00).

# %% tags=["parameters"]
corpus_folder = None  # a folder, a glob ("reports/*.txt") or a list of files; None: the current report's folder
workers = None  # worker processes; None: one per core

# %%
import workbench as wb
from workbench.widgets import CorpusExplorer

current = wb.load_current_report()
corpus = wb.analyse_corpus(corpus_folder or (current.path.parent if current.path else "data"), workers=workers)
corpus

# %% [markdown]
# Reports that could not be read, each with its error (the others are all in the tables):

# %%
corpus.failures

# %% [markdown]
# ## Explore across reports
#
# Filter by outlet and by published date; the tabs show
# - **Most disputed figures** (where it opens): the quantities the selected reports disagree on
#   most, one chart each with every claimant, value, hedge and date, and the claims beneath with
#   their sentences (merges and splits saved in notebook 02 apply here too);
# - **Actors over time**: the actors named in most reports, one lane each, a dot per report
#   (bigger: more mentions) and a tick per dated event they are the agent of;
# - **A figure over time**: pick what a figure counts and see each claim by claimant over
#   the days, with the claims listed beneath;
# - **Who is quoted most**, repeats of a live blog's passage counted once;
# - **Reports**: the selected reports and what was found in each.

# %%
explorer = CorpusExplorer(corpus)
explorer

# %% [markdown]
# ## The tables of the selection, for your own analysis
#
# Every row carries its report's `doc_id`; join with `documents` for the outlet and date.

# %%
import pandas as pd
from IPython.display import display

selection = explorer.selection
quotes = selection.quotes.merge(selection.documents[["doc_id", "published", "source"]], on="doc_id")
with pd.option_context("display.max_colwidth", 400):  # quotes in full
    display(quotes[["published", "source", "speaker", "text", "kind", "doc_id", "start"]].head(20))

# %% [markdown]
# Export the selection (Parquet, CSV or JSON Lines; one file per table):

# %%
# selection.write("corpus-tables", format="csv")
