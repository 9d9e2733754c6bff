// Told the SQL text of every statement Drizzle runs, on the thread and in the async context that
// runs it (the response cache checks which tables an answer read: http/response-cache.ts).

type Observer = (sql: string) => void;
const observers = new Set<Observer>();

export function observeStatements(observer: Observer): void {
  observers.add(observer);
}

export function statementRan(sql: string): void {
  for (const observer of observers) observer(sql);
}
