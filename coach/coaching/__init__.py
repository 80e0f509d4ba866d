"""The model side of coaching: backends behind one interface (`backends`), the litellm transport
(`llm`), prompt files (`prompts`, reading coach/prompts/), and the offline models (`stubmodel`,
`fakemodel`). No Flask here: the CLI imports it."""
