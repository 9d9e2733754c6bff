import { graphql } from '../../gql/index.ts';

// The comment verbs of the draft page beyond commenting and replying: edit, withdraw, dispose, carry, sheet upload.

export const EditCommentDocument = graphql(`
  mutation WebEditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      thread {
        id
        lockVersion
      }
    }
  }
`);

export const WithdrawCommentDocument = graphql(`
  mutation WebWithdrawComment($input: WithdrawCommentInput!) {
    withdrawComment(input: $input) {
      thread {
        id
        status
      }
    }
  }
`);

export const DisposeCommentDocument = graphql(`
  mutation WebDisposeComment($input: DisposeCommentInput!) {
    disposeComment(input: $input) {
      thread {
        id
        status
      }
    }
  }
`);

export const CarryCommentDocument = graphql(`
  mutation WebCarryComment($input: CarryCommentThreadInput!) {
    carryCommentThread(input: $input) {
      thread {
        id
      }
    }
  }
`);

export const UploadCommentSheetDocument = graphql(`
  mutation WebUploadCommentSheet($input: UploadCommentSheetInput!) {
    uploadCommentSheet(input: $input) {
      threads {
        id
      }
    }
  }
`);
