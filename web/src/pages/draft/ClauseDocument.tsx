import type { WebDraftThreadFragment } from '../../gql/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ClauseComments } from './ClauseComments.tsx';
import { draftMessages } from './messages.ts';

export interface ClauseNode {
  number: string;
  heading: string;
  text?: string | null;
  informative: boolean;
  children?: ClauseNode[];
}

interface Props {
  clauses: ClauseNode[];
  threads: WebDraftThreadFragment[];
  revisionId: string;
  canComment: boolean;
  onChanged(): void;
}

/** The revision's clause tree as a document: numbered headings and text, each clause's threads beside it. */
export function ClauseDocument(props: Props) {
  return (
    <div className="clause-document">
      {props.clauses.map((clause) => (
        <ClauseSection key={clause.number} clause={clause} depth={0} {...props} />
      ))}
    </div>
  );
}

function ClauseSection({ clause, depth, ...props }: Props & { clause: ClauseNode; depth: number }) {
  const t = useMessages(draftMessages);
  const Heading = (['h3', 'h4', 'h5', 'h6'] as const)[Math.min(depth, 3)] ?? 'h6';
  const threads = props.threads.filter((thread) => thread.clauseNumber === clause.number);
  return (
    <section className="clause" id={`clause-${clause.number}`} data-clause={clause.number}>
      <div className="clause-row">
        <div className="clause-body">
          <Heading className="clause-heading">
            <span className="clause-number">{clause.number}</span> {clause.heading}
            {clause.informative && <span className="muted"> ({t('informative')})</span>}
          </Heading>
          {clause.text && <p className="clause-text">{clause.text}</p>}
        </div>
        <ClauseComments
          clauseNumber={clause.number}
          threads={threads}
          revisionId={props.revisionId}
          canComment={props.canComment}
          onChanged={props.onChanged}
        />
      </div>
      {clause.children?.map((child) => (
        <ClauseSection key={child.number} clause={child} depth={depth + 1} {...props} />
      ))}
    </section>
  );
}
